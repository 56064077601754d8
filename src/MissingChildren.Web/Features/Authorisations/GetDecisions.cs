using Mediator;
using MissingChildren.Domain.Authorisations;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Authorisations;

/// <summary>
/// R30: the manager's decisions on an episode (its RHI and risk assessments), newest first: authorised with the outcome
/// and rationale, or returned with the reason, by whom and when. The episode page shows them; the child's timeline reads
/// the same views (<see cref="View"/>).
/// </summary>
public static class GetDecisions
{
    public sealed record Query(Guid EpisodeId) : IQuery<IReadOnlyList<DecisionView>>;

    /// <param name="Subject">What was decided on: "Return home interview" or "Risk assessment".</param>
    public sealed record DecisionView(DateTimeOffset DecidedAt, string DecidedBy, bool Authorised, string? Outcome, string Reason, string Subject)
    {
        /// <summary>The decision in a few words: "Authorised: Convene a strategy meeting", "Returned to the worker".</summary>
        public string Headline => Authorised ? $"Authorised: {Outcome}" : "Returned to the worker";
    }

    public static DecisionView View(AuthorisationDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new DecisionView(decision.DecidedAt, decision.DecidedBy, decision.Decision == Decision.Authorised,
            decision.Outcome is { } outcome ? AuthorisationConditions.Describe(outcome) : null, decision.Reason,
            decision.ReturnHomeInterviewId is null ? "Risk assessment" : "Return home interview");
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, IReadOnlyList<DecisionView>>
    {
        public async ValueTask<IReadOnlyList<DecisionView>> Handle(Query query, CancellationToken cancellationToken) =>
            [.. (await db.AuthorisationDecisions.AsNoTracking().Where(d => d.EpisodeId == query.EpisodeId).ToListAsync(cancellationToken))
                .OrderByDescending(d => d.DecidedAt).Select(View)];
    }
}
