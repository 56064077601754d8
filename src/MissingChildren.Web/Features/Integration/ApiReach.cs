using System.Security.Claims;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Episodes;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Features.Police;
using MissingChildren.Web.Infrastructure.Api;
using MissingChildren.Web.Infrastructure.Configuration;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Integration;

/// <summary>
/// Need to know for integration clients (docs/need-to-know.md, README "Integration API"): which children and episodes the
/// calling API client's <c>read</c> scope reaches, and which parts of their record it may read. The one place the rule
/// lives for the API: every endpoint that answers with a child's data asks here.
/// <list type="bullet">
/// <item>Children's social care (the council's own case management system) and the Emergency Duty Team: every child, every
/// part their roles read (the matrix's social care column).</item>
/// <item>Police: the children and episodes this client reported (<see cref="PoliceReach.EpisodesForClient"/>), and of them
/// only the parts the police role reads: identity, episodes, the trigger plan (001 §4: "The Trigger Plan is shared with the
/// Police") and the return home interview's progress; not involvements, not duties.</item>
/// <item>Every other agency (education, health, youth offending, family wellbeing, RHI providers, other authorities): no
/// child. Nothing ties such a client to the children it works with, so its <c>read</c> scope reaches none of them.</item>
/// </list>
/// A child or episode out of reach is answered exactly as one that does not exist (404), and the refusal is audited.
/// </summary>
public sealed class ApiReach(AppDbContext db, PoliceReach police, IHttpContextAccessor accessor, AccessRefusals refusals)
{
    private ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>The calling client's name, as written on what it sends and on the audit log.</summary>
    public string ClientName => User.Identity?.Name ?? "";

    /// <summary>The calling client's agency; null when the caller is not an integration client.</summary>
    public Agency? ClientAgency =>
        Enum.TryParse<Agency>(User.FindFirstValue(ApiKeyDefaults.AgencyClaim), out var agency) ? agency : null;

    /// <summary>Whether the client holds the <c>read</c> scope at all.</summary>
    public bool HasReadScope => User.HasClaim(ApiKeyDefaults.ScopeClaim, IntegrationScopes.Read);

    /// <summary>
    /// Whether the client may be told which child (and episode) a notification it sent was matched to: only with the
    /// <c>read</c> scope, and only an agency whose reach includes what it reports. Anyone else learns nothing of matches.
    /// </summary>
    public bool MayLearnMatches => HasReadScope && ClientAgency is { } agency && Reaches(agency) != Reach.None;

    /// <summary>What a client of <paramref name="agency"/> may do with <paramref name="part"/> of a child's record it reaches: the matrix of the role the agency answers to.</summary>
    public static PartAccess PartFor(Agency agency, RecordPart part) =>
        Role(agency) is { } role && NeedToKnow.For(role, part) >= PartAccess.Read ? PartAccess.Read : PartAccess.None;

    /// <summary>What the calling client may read of <paramref name="part"/> of any child it reaches.</summary>
    public PartAccess Part(RecordPart part) =>
        HasReadScope && ClientAgency is { } agency ? PartFor(agency, part) : PartAccess.None;

    /// <summary>Whether the calling client may read <paramref name="part"/> of this child's record. A refusal is noted for the audit log.</summary>
    public async Task<bool> MayReadChildAsync(Guid childId, RecordPart part, CancellationToken cancellationToken)
    {
        var allowed = Part(part) >= PartAccess.Read && await Children().AnyAsync(c => c.Id == childId, cancellationToken);
        if (!allowed)
        {
            refusals.Note(ChildRecordRead.Child(childId));
        }

        return allowed;
    }

    /// <summary>Whether the calling client may read this episode. A refusal is noted for the audit log.</summary>
    public async Task<bool> MayReadEpisodeAsync(Guid episodeId, Guid childId, CancellationToken cancellationToken)
    {
        var allowed = Part(RecordPart.Episodes) >= PartAccess.Read && await Episodes().AnyAsync(e => e.Id == episodeId, cancellationToken);
        if (!allowed)
        {
            refusals.Note(ChildRecordRead.Of(childId, "MissingEpisode", episodeId));
        }

        return allowed;
    }

    /// <summary>
    /// The child as the calling client may read it: null when out of reach (answered as not found); involvements only for an
    /// agency that needs them, and only the episodes the client reaches.
    /// </summary>
    public async Task<GetChild.Result?> ChildAsync(GetChild.Result? child, CancellationToken cancellationToken)
    {
        if (child is null || !await MayReadChildAsync(child.ChildId, RecordPart.Identity, cancellationToken))
        {
            return null;
        }

        List<Guid> episodes = Part(RecordPart.Episodes) >= PartAccess.Read
            ? await Episodes().Where(e => e.ChildId == child.ChildId).Select(e => e.Id).ToListAsync(cancellationToken)
            : [];
        return child with
        {
            Involvements = Part(RecordPart.Involvements) >= PartAccess.Read ? child.Involvements : [],
            Episodes = [.. child.Episodes.Where(e => episodes.Contains(e.Id))],
        };
    }

    /// <summary>
    /// The episode as the calling client may read it: null when out of reach (answered as not found); its duties (and what
    /// closing it waits for) only for an agency that reads duties, its return home interview only for one that reads those.
    /// </summary>
    public async Task<GetEpisode.Result?> EpisodeAsync(GetEpisode.Result? episode, CancellationToken cancellationToken)
    {
        if (episode is null || !await MayReadEpisodeAsync(episode.Id, episode.ChildId, cancellationToken))
        {
            return null;
        }

        var duties = Part(RecordPart.Duties) >= PartAccess.Read;
        return episode with
        {
            Tasks = duties ? episode.Tasks : [],
            ClosesWhen = duties ? episode.ClosesWhen : null,
            ReturnHomeInterview = Part(RecordPart.ReturnInterviews) >= PartAccess.Read ? episode.ReturnHomeInterview : null,
        };
    }

    /// <summary>
    /// Whether the answer to a notification the client sent may say what it was matched to (a child's local id, an
    /// episode, "Linked" or "AwaitingTriage"): only when the client may learn matches and reaches what it was matched to.
    /// </summary>
    public async Task<bool> MayLearnMatchAsync(string? childLocalId, Guid? episodeId, CancellationToken cancellationToken)
    {
        if (!MayLearnMatches)
        {
            return false;
        }

        return (episodeId, childLocalId) switch
        {
            ({ } id, _) => await Episodes().AnyAsync(e => e.Id == id, cancellationToken),
            (null, { } localId) => await Children().AnyAsync(c => c.LocalId == localId, cancellationToken),
            _ => true,
        };
    }

    /// <summary>The children the calling client's <c>read</c> scope reaches, as a query.</summary>
    public IQueryable<Child> Children() => Current() switch
    {
        Reach.Everything => db.Children.AsNoTracking(),
        Reach.Reported => police.ChildrenOf(police.EpisodesForClient(ClientName)),
        _ => db.Children.AsNoTracking().Where(c => false),
    };

    /// <summary>The episodes the calling client's <c>read</c> scope reaches, as a query.</summary>
    public IQueryable<MissingEpisode> Episodes() => Current() switch
    {
        Reach.Everything => db.Episodes.AsNoTracking(),
        Reach.Reported => police.EpisodesForClient(ClientName),
        _ => db.Episodes.AsNoTracking().Where(e => false),
    };

    private enum Reach
    {
        None,
        Reported,
        Everything,
    }

    private Reach Current() => HasReadScope && ClientAgency is { } agency ? Reaches(agency) : Reach.None;

    private static Reach Reaches(Agency agency) => agency switch
    {
        Agency.ChildrensSocialCare or Agency.EmergencyDutyTeam => Reach.Everything,
        Agency.Police => Reach.Reported,
        _ => Reach.None,
    };

    /// <summary>The role in the need-to-know matrix whose reading a client of the agency shares; none for agencies with no role there.</summary>
    private static string? Role(Agency agency) => agency switch
    {
        Agency.ChildrensSocialCare => Roles.SocialWorker,
        Agency.EmergencyDutyTeam => Roles.EmergencyDuty,
        Agency.Police => Roles.Police,
        Agency.Education => Roles.Education,
        _ => null,
    };
}
