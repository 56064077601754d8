using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Partners;

/// <summary>
/// R44 (003 "Modern Slavery"): social care records that there are reasonable grounds to believe the child is a victim of
/// trafficking or modern slavery, when and by whom it was decided. Where the profile applies R44 this raises the allocated
/// social worker's duty to make a National Referral Mechanism referral.
/// </summary>
public static class RecordTraffickingGrounds
{
    public const string DecidedOnLabel = "The date it was decided";

    public sealed record Command(Guid ChildId, Guid EpisodeId, Guid Version, DateOnly? DecidedOn, string? DecidedBy, IReadOnlyList<ValidationFailure>? InputErrors = null)
        : ICommand<Unit>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.DecidedOn).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Enter the date it was decided")
                .Must(d => d <= DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), DeadlineText.UkTime).DateTime)).WithMessage(InputMessages.NotInPast(DecidedOnLabel));
            RuleFor(c => c.DecidedBy).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter who decided there are reasonable grounds")
                .MaximumLength(200).WithMessage("Who decided must be 200 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, DutyScheduler scheduler, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, RecordPart.Episodes, PartAccess.Change, cancellationToken);
            var episode = await db.Episodes.SingleOrDefaultAsync(e => e.Id == command.EpisodeId && e.ChildId == command.ChildId, cancellationToken)
                          ?? throw new RecordNotFoundException("No such episode for this child.");
            if (episode.TraffickingGroundsRecordedAt is not null)
            {
                throw new ValidationException([new ValidationFailure(nameof(Command.DecidedBy), "Reasonable grounds have already been recorded for this episode")]);
            }

            db.Entry(episode).Property(e => e.Version).OriginalValue = command.Version;
            var now = clock.GetUtcNow();
            episode.TraffickingGroundsOn = command.DecidedOn!.Value;
            episode.TraffickingGroundsDecidedBy = command.DecidedBy!.Trim();
            episode.TraffickingGroundsRecordedAt = now;
            episode.Version = Guid.NewGuid();

            // R44: the allocated social worker's National Referral Mechanism referral, where the profile applies it.
            await scheduler.ApplyAsync([episode.Id], now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
