using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Domain.Notices;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Education;

/// <summary>
/// R40 (003): the child's whereabouts are confirmed: where and when the child was found closes the investigation (and its
/// review duty), and the case's workers (the allocated social worker and the allocated team's managers) are told by an
/// in-app notice and an e-mail that name no child.
/// </summary>
public static class RecordCmeFound
{
    public const string FoundOnLabel = "The date the child was found";

    /// <summary>The notice's title: nothing about the child.</summary>
    public const string NoticeTitle = "A child missing education has been found (R40)";

    public sealed record Command(Guid InvestigationId, Guid Version, DateOnly? FoundOn, string? FoundWhere, IReadOnlyList<ValidationFailure>? InputErrors = null)
        : ICommand, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.FoundOn).NotNull().WithMessage("Enter the date the child was found");
            RuleFor(c => c.FoundOn).Must(d => d <= CmeSteps.Today(clock)).When(c => c.FoundOn is not null).WithMessage(InputMessages.NotInPast(FoundOnLabel));
            RuleFor(c => c.FoundWhere).NotEmpty().WithMessage("Enter where the child was found").MaximumLength(500);
        }
    }

    public sealed class Handler(CmeSteps steps, AppDbContext db) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var investigation = await steps.TakeAsync(command.InvestigationId, command.Version,
                i => i.RecordFound(command.FoundOn!.Value, command.FoundWhere!, steps.LocalToday, steps.Now), cancellationToken);
            await steps.CloseReviewDutiesAsync(investigation, "Child found", cancellationToken);

            var child = await db.Children.AsNoTracking().Where(c => c.Id == investigation.ChildId)
                .Select(c => new { c.AllocatedWorkerId, c.AllocatedTeamId }).SingleAsync(cancellationToken);
            var managers = child.AllocatedTeamId is { } teamId
                ? await db.Users.Where(u => u.TeamId == teamId && u.LockoutEnd == null)
                    .Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => new { u.Id, ur.RoleId })
                    .Join(db.Roles.Where(r => r.Name == Roles.TeamManager), x => x.RoleId, r => r.Id, (x, _) => x.Id)
                    .ToListAsync(cancellationToken)
                : [];
            foreach (var userId in managers.Append(child.AllocatedWorkerId).OfType<string>().Distinct())
            {
                db.Notices.Add(new Notice
                {
                    UserId = userId,
                    CreatedAt = steps.Now,
                    Title = NoticeTitle,
                    Link = Links.Child(investigation.ChildId),
                    EmailStatus = EmailStatus.Pending,
                });
            }

            await steps.SaveAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
