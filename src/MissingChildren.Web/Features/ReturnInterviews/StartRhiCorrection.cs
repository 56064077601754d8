using FluentValidation;
using Mediator;
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
            var now = clock.GetUtcNow();
            var attempts = await db.ContactAttempts.AsNoTracking().Where(a => a.ReturnHomeInterviewId == authorised.Id).ToListAsync(cancellationToken);
            var consents = await db.ConsentRecords.AsNoTracking().Where(c => c.ReturnHomeInterviewId == authorised.Id).ToListAsync(cancellationToken);
            var correction = RhiStep.Run(nameof(Command.Reason), () => authorised.StartCorrection(command.Reason!, now, attempts, consents));
            db.ReturnHomeInterviews.Add(correction);
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
