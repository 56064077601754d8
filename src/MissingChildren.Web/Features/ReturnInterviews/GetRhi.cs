using Mediator;
using MissingChildren.Domain.Authorisations;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>One RHI with everything its page shows: the child, the episodes it covers, attempts, consent, letters.</summary>
public static class GetRhi
{
    public sealed record Query(Guid RhiId) : IQuery<Result?>;

    public sealed record EpisodeView(Guid Id, DateTimeOffset MissingFrom, DateTimeOffset? FoundAt, string Status);

    public sealed record AttemptView(DateTimeOffset At, string Method, string Contacted, string Outcome, bool OutsideCoreHours, string TimeOfDay);

    public sealed record ConsentView(DateTimeOffset At, string GivenBy, bool Consented, string? Reasons);

    public sealed record LetterView(Guid Id, DateTimeOffset CreatedAt, string Recipients, bool HasPdf);

    /// <summary>R30: a manager's decision on this RHI: authorised with its outcome and rationale, or returned with the reason.</summary>
    public sealed record DecisionView(DateTimeOffset DecidedAt, string DecidedBy, bool Authorised, string? Outcome, string Reason);

    public sealed record WorkerOption(string Id, string Name, string? Team);

    /// <summary>What the signed-in person may do on this RHI now: what its state allows (the entity's <c>Can…</c>) and their access.</summary>
    public sealed record Actions(
        bool Allocate,
        bool Attempt,
        bool Consent,
        bool Choice,
        bool Letter,
        bool Interview,
        bool NoInterview,
        bool CeScreen,
        bool Send,
        bool Correct,
        bool TakeOn = false,
        bool AskOutOfHours = false);

    public sealed record Result(
        ReturnHomeInterview Rhi,
        RhiAccess.ChildSummary Child,
        string? WorkerName,
        string? TeamName,
        IReadOnlyList<EpisodeView> Episodes,
        IReadOnlyList<AttemptView> Attempts,
        ContactPattern Pattern,
        IReadOnlyList<ConsentView> Consents,
        IReadOnlyList<LetterView> Letters,
        ConsentGiver ConsentFrom,
        bool OffersInterviewerChoice,
        bool CeScreenRequired,
        bool CanAllocate,
        bool CanWork,
        IReadOnlyList<WorkerOption> Workers,
        Actions Can,
        IReadOnlyList<DecisionView> Decisions,
        bool MayShareOutcome = true);

    public static string RecipientsText(LetterRecipients recipients) => recipients switch
    {
        LetterRecipients.ParentOrCarer => "Parent or carer",
        LetterRecipients.Child => "The child",
        _ => "Parent or carer and the child",
    };

    public static string ConsentFromText(ConsentGiver giver) => giver switch
    {
        ConsentGiver.Child => "The child (16 or over)",
        ConsentGiver.Assumed => "Assumed: looked after by us",
        _ => "A parent or carer (child under 16)",
    };

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, TimeProvider clock) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var scope = await access.ScopeAsync(cancellationToken);
            var found = await RhiAccess.Visible(access.WithTeam(), scope).Where(x => x.Rhi.Id == query.RhiId).Select(x => new { x.Rhi, x.TeamId }).AsNoTracking()
                .SingleOrDefaultAsync(cancellationToken);
            if (found is null)
            {
                await access.NoteRefusedAsync(query.RhiId, cancellationToken);
                return null;
            }

            var rhi = found.Rhi;
            var calendar = rules.Calendar;
            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, calendar.LocalDate(now), cancellationToken);
            var episodes = (await db.Episodes.AsNoTracking().Where(e => e.ReturnHomeInterviewId == rhi.Id)
                .Select(e => new { e.Id, e.MissingFrom, e.FoundAt, e.Status }).ToListAsync(cancellationToken))
                .OrderBy(e => e.MissingFrom).Select(e => new EpisodeView(e.Id, e.MissingFrom, e.FoundAt, e.Status.ToString())).ToList();
            var attempts = (await db.ContactAttempts.AsNoTracking().Where(a => a.ReturnHomeInterviewId == rhi.Id).ToListAsync(cancellationToken)).OrderBy(a => a.At).ToList();
            var consents = (await db.ConsentRecords.AsNoTracking().Where(c => c.ReturnHomeInterviewId == rhi.Id).ToListAsync(cancellationToken)).OrderBy(c => c.At).ToList();
            var decisions = (await db.AuthorisationDecisions.AsNoTracking().Where(d => d.ReturnHomeInterviewId == rhi.Id).ToListAsync(cancellationToken))
                .OrderByDescending(d => d.DecidedAt)
                .Select(d => new DecisionView(d.DecidedAt, d.DecidedBy, d.Decision == Decision.Authorised,
                    d.Outcome is { } outcome ? AuthorisationConditions.Describe(outcome) : null, d.Reason))
                .ToList();
            var letters = (await db.RhiLetters.AsNoTracking().Where(l => l.ReturnHomeInterviewId == rhi.Id)
                .Select(l => new { l.Id, l.CreatedAt, l.Recipients, HasPdf = l.Pdf != null }).ToListAsync(cancellationToken)).OrderBy(l => l.CreatedAt).ToList();
            var worker = rhi.AllocatedWorkerId is null ? null : await db.Users.Where(u => u.Id == rhi.AllocatedWorkerId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
            var team = found.TeamId is null ? null : await db.Teams.Where(t => t.Id == found.TeamId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);

            var canAllocate = scope.Manager && rhi.CanAllocate;
            var mayChange = await access.MayChangeAsync(rhi.Id, scope, cancellationToken);
            var canWork = mayChange && !rhi.IsLocked && (scope.Manager || rhi.AllocatedWorkerId == scope.UserId || scope.SocialWorker);
            var offersChoice = rules.OffersInterviewerChoice(child.OurLookedAfterChild);
            var ceRequired = rules.CeScreenRequired(child.Age);
            var workers = canAllocate ? await RhiAllocation.WorkersAsync(db, rules, rhi, child, cancellationToken) : [];
            var duties = await RhiAllocation.DutiesOfAsync(db, rhi.Id, scope, cancellationToken);

            return new Result(
                rhi, child, worker, team, episodes,
                [.. attempts.Select(a => new AttemptView(a.At, RhiOptions.TextOf(RhiOptions.Methods, a.Method), RhiOptions.TextOf(RhiOptions.Contacted, a.Contacted),
                    a.Method == ContactPattern.LetterMethod ? "Letter sent" : RhiOptions.TextOf(RhiOptions.Outcomes, a.Outcome),
                    !calendar.IsInCoreHours(a.At), ContactPattern.TimeOfDayOf(a.At, calendar).ToString()))],
                rules.ContactPattern(attempts.Select(a => (a.At, a.Method)), rhi.RequestedAt),
                [.. consents.Select(c => new ConsentView(c.At, c.GivenBy, c.Consented, c.Reasons))],
                [.. letters.Select(l => new LetterView(l.Id, l.CreatedAt, RecipientsText(l.Recipients), l.HasPdf))],
                rules.ConsentFrom(child.Age, child.OurLookedAfterChild),
                offersChoice,
                ceRequired,
                canAllocate,
                canWork,
                workers,
                new Actions(
                    Allocate: canAllocate,
                    Attempt: canWork && rhi.CanRecordContactAttempt,
                    Consent: canWork && rhi.CanRecordConsent,
                    // R23: the social worker given the independent-person duty records the request and the answer before allocation too.
                    Choice: canWork && (rhi.IsBeingArranged || duties.Choice) && rhi.CanRecordInterviewerChoice(offersChoice),
                    Letter: canWork && rhi.CanSendLetter,
                    Interview: canWork && rhi.CanRecordInterview,
                    NoInterview: canWork && rhi.OffersNoInterview,
                    CeScreen: canWork && rhi.CanRecordCeScreen(ceRequired),
                    Send: canWork && rhi.IsConcluded, // refused with its reason when something is missing (R30)
                    // R30: an authorised RHI is locked; its worker or manager may start a correction as a new version.
                    Correct: mayChange && rhi.CanStartCorrection,
                    // R7, R6: the social worker or EDT worker given the offer takes the interview on; R6: the EDT asks the child.
                    TakeOn: mayChange && duties.Offer && rhi.CanAllocate && rhi.AllocatedWorkerId != scope.UserId,
                    AskOutOfHours: mayChange && duties.AskOutOfHours && rhi.CanRecordOutOfHoursAnswer),
                decisions,
                rules.MayShareOutcomeWithPlacement(rhi.ConsentToShare));
        }
    }
}
