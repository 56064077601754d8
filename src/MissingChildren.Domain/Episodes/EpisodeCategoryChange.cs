namespace MissingChildren.Domain.Episodes;

/// <summary>An absence re-categorised as missing (or back), with the reason and who decided (001).</summary>
public sealed class EpisodeCategoryChange : Entity
{
    public Guid EpisodeId { get; set; }

    public EpisodeCategory From { get; set; }

    public EpisodeCategory To { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Reason { get; set; }

    public required string ChangedBy { get; set; }
}
