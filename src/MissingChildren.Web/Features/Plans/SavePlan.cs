using FluentValidation;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Plans;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Plans;

/// <summary>
/// Saves a child's trigger plan (001 Appendix 3) or missing prevention plan as a new version; the earlier version is
/// kept. The version the person started from is checked, so a plan changed meanwhile is never overwritten silently.
/// </summary>
public static class SavePlan
{
    public sealed record Command(
        Guid ChildId, PlanType Type, Guid? Version,
        string? Background, string? IfMissing, string? PoliceActions, string? FrequentedPlaces, string? LinesOfEnquiry,
        string? KnownAssociates, string? FamilyMembers, string? Professionals) : ICommand<int>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Background).NotEmpty().WithMessage("Enter the background").MaximumLength(8000);
            RuleFor(c => c.IfMissing).NotEmpty().WithMessage("Enter what carers or parents do if the child goes missing").MaximumLength(8000);
            RuleFor(c => c.PoliceActions).NotEmpty().WithMessage("Enter the police actions and important information").MaximumLength(8000);
            RuleFor(c => c.FrequentedPlaces).MaximumLength(8000);
            RuleFor(c => c.LinesOfEnquiry).MaximumLength(8000);
            RuleFor(c => c.KnownAssociates).MaximumLength(8000);
            RuleFor(c => c.FamilyMembers).MaximumLength(8000);
            RuleFor(c => c.Professionals).MaximumLength(8000);
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, NeedToKnow.PartOf(command.Type), PartAccess.Change, cancellationToken);
            var current = await db.Plans.SingleOrDefaultAsync(p => p.ChildId == command.ChildId && p.Type == command.Type && p.IsCurrent, cancellationToken);
            if (current is not null)
            {
                if (command.Version is not { } version)
                {
                    throw new DbUpdateConcurrencyException(EditConflict.Message);
                }

                db.Entry(current).Property(p => p.Version).OriginalValue = version;
                current.IsCurrent = false;
            }
            else if (command.Version is not null)
            {
                throw new DbUpdateConcurrencyException(EditConflict.Message);
            }

            var plan = new Plan
            {
                ChildId = command.ChildId,
                Type = command.Type,
                VersionNumber = (current?.VersionNumber ?? 0) + 1,
                Background = Blank(command.Background),
                IfMissing = Blank(command.IfMissing),
                PoliceActions = Blank(command.PoliceActions),
                FrequentedPlaces = Blank(command.FrequentedPlaces),
                LinesOfEnquiry = Blank(command.LinesOfEnquiry),
                KnownAssociates = Blank(command.KnownAssociates),
                FamilyMembers = Blank(command.FamilyMembers),
                Professionals = Blank(command.Professionals),
                SavedAt = clock.GetUtcNow(),
                SavedBy = actor.Name,
            };
            db.Plans.Add(plan);

            // R29, R32: saving the plan discharges every open duty to write or update it.
            var dutyType = DutyCompletion.DischargedBy(command.Type);
            foreach (var duty in await db.DutyTasks.Where(t => t.ChildId == command.ChildId && t.Type == dutyType && t.Status == DutyStatus.Open).ToListAsync(cancellationToken))
            {
                duty.Complete(plan.SavedAt, $"{(command.Type == PlanType.TriggerPlan ? "Trigger plan" : "Prevention plan")} version {plan.VersionNumber} saved");
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // Someone saved the first version at the same time.
                throw new DbUpdateConcurrencyException(EditConflict.Message, ex);
            }

            return plan.VersionNumber;
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
