using Mediator;
using MissingChildren.Domain.Duties;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// How the RHI's own deadlines were worked out (R17 offer, R19 allocation, R21 completion and write-up), from the duties
/// that carry them, so the RHI page can explain each date it shows. Read after <see cref="GetRhi"/> has checked access.
/// </summary>
public static class GetRhiDeadlines
{
    public sealed record Query(Guid RhiId) : IQuery<Result>;

    /// <param name="Offer">R17: the offer deadline's explanation.</param>
    /// <param name="Allocate">R19: the allocation deadline's.</param>
    /// <param name="Complete">R21 (or R17's "offered and completed within 72 hours"): holding the accepted interview.</param>
    /// <param name="WriteUp">R21: writing up the record.</param>
    /// <param name="WriteUpDueAt">R21: the record is written up by.</param>
    public sealed record Result(string? Offer, string? Allocate, string? Complete, string? WriteUp, DateTimeOffset? WriteUpDueAt = null);

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken) =>
            (await ForAsync(db, [query.RhiId], cancellationToken)).GetValueOrDefault(query.RhiId) ?? new Result(null, null, null, null);
    }

    /// <summary>The explained deadlines of several RHIs (the RHI tray's page), by RHI.</summary>
    public static async Task<Dictionary<Guid, Result>> ForAsync(AppDbContext db, IReadOnlyCollection<Guid> rhiIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = rhiIds.ToList();
        var explained = await db.DutyTasks.AsNoTracking()
            .Where(t => t.ReturnHomeInterviewId != null && ids.Contains(t.ReturnHomeInterviewId.Value) && t.Type == TaskType.ReturnHomeInterview && t.DueExplanation != null)
            .Select(t => new { RhiId = t.ReturnHomeInterviewId!.Value, t.DedupeKey, t.DueExplanation, t.DueAt })
            .ToListAsync(cancellationToken);

        return explained.GroupBy(t => t.RhiId).ToDictionary(rhi => rhi.Key, rhi =>
        {
            // Keys read "{owner}/{rule}/{type}/{qualifier}/{occurrence}" (DutyEngine.RhiDutyKey).
            var byQualifier = rhi
                .GroupBy(t => t.DedupeKey.Split('/') is { Length: 5 } parts ? parts[3] : "", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            string? Of(string qualifier) => byQualifier.GetValueOrDefault(qualifier)?.DueExplanation;
            return new Result(Of(DutyEngine.OfferQualifier), Of(DutyEngine.AllocateQualifier), Of(DutyEngine.CompleteQualifier), Of(DutyEngine.WriteUpQualifier),
                byQualifier.GetValueOrDefault(DutyEngine.WriteUpQualifier)?.DueAt);
        });
    }
}
