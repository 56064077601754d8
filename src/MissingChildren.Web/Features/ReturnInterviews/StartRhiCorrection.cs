using FluentValidation;
using Mediator;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R30: an authorised RHI is locked. A correction is a new version: a copy of the authorised record (its interview,
/// consent and contact attempts) that the worker corrects and sends for authorisation again. The authorised version
/// is kept unchanged and points to its correction; the episodes it covers move to the new version.
/// </summary>
public static class StartRhiCorrection
{
    public sealed record Command(Guid RhiId, Guid Version, string? Reason) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter what needs correcting")
                .MaximumLength(2000).WithMessage("What needs correcting must be 2,000 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var authorised = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            if (authorised.Status != RhiStatus.Authorised || authorised.SupersededById is not null)
            {
                throw RhiAccess.Invalid(nameof(Command.Reason), authorised.SupersededById is not null
                    ? "This version has already been corrected: correct the current version"
                    : "Only an authorised interview is corrected as a new version: change this one directly");
            }

            var now = clock.GetUtcNow();
            var attempts = await db.ContactAttempts.AsNoTracking().Where(a => a.ReturnHomeInterviewId == authorised.Id).ToListAsync(cancellationToken);
            var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.ReturnHomeInterviewId == authorised.Id).ToListAsync(cancellationToken);
            var correction = new ReturnHomeInterview
            {
                ChildId = authorised.ChildId,
                Status = authorised.ConcludedAs ?? RhiStatus.Completed,
                ConcludedAs = authorised.ConcludedAs,
                RequestedAt = authorised.RequestedAt,
                OfferDueAt = authorised.OfferDueAt,
                AllocateDueAt = authorised.AllocateDueAt,
                AllocatedTeamId = authorised.AllocatedTeamId,
                AllocatedWorkerId = authorised.AllocatedWorkerId,
                AcceptedAt = authorised.AcceptedAt,
                CompleteDueAt = authorised.CompleteDueAt,
                InterviewedAt = authorised.InterviewedAt,
                InterviewerChoice = authorised.InterviewerChoice,
                IndependentPersonChosenAt = authorised.IndependentPersonChosenAt,
                IndependentRequestDueAt = authorised.IndependentRequestDueAt,
                IndependentRequestedAt = authorised.IndependentRequestedAt,
                IndependentResponseAt = authorised.IndependentResponseAt,
                PlannedInterviewDate = authorised.PlannedInterviewDate,
                InterviewLocation = authorised.InterviewLocation,
                PeoplePresent = authorised.PeoplePresent,
                ChildAccount = authorised.ChildAccount,
                ParentsCarersViews = authorised.ParentsCarersViews,
                RisksIdentified = authorised.RisksIdentified,
                ConsentToShare = authorised.ConsentToShare,
                InterpreterNeeded = authorised.InterpreterNeeded,
                InterpreterLanguage = authorised.InterpreterLanguage,
                NotHeldReasons = authorised.NotHeldReasons,
                SupportOffered = authorised.SupportOffered,
                CeScreenOutcome = authorised.CeScreenOutcome,
                CeScreenCompletedAt = authorised.CeScreenCompletedAt,
                PreviousVersionId = authorised.Id,
                CorrectionReason = command.Reason!.Trim(),
                ContactAttempts = [.. attempts.Select(a => new ContactAttempt
                {
                    At = a.At, Method = a.Method, Contacted = a.Contacted, Outcome = a.Outcome, RecordedByUserId = a.RecordedByUserId,
                })],
                ConsentRecords = [.. consents.Select(c => new ConsentRecord
                {
                    At = c.At, GivenBy = c.GivenBy, Consented = c.Consented, Reasons = c.Reasons, RecordedByUserId = c.RecordedByUserId,
                })],
            };
            db.ReturnHomeInterviews.Add(correction);

            authorised.SupersededById = correction.Id;
            authorised.SupersededAt = now;
            authorised.Version = Guid.NewGuid();
            foreach (var episode in await db.Episodes.Where(e => e.ReturnHomeInterviewId == authorised.Id).ToListAsync(cancellationToken))
            {
                episode.ReturnHomeInterviewId = correction.Id;
            }

            await db.SaveChangesAsync(cancellationToken);
            return correction.Id;
        }
    }
}
