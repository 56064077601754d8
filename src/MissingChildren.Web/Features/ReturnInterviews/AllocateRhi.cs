using FluentValidation;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>R19: the team manager allocates the RHI to a worker (within 24 core hours where the profile says).</summary>
public static class AllocateRhi
{
    public sealed record Command(Guid RhiId, Guid Version, string? WorkerId) : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.WorkerId).NotEmpty().WithMessage("Select who will do the interview");
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!actor.IsInRole(Roles.TeamManager))
            {
                throw new UnauthorizedAccessException("Only a team manager allocates return home interviews.");
            }

            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            var worker = await (from u in db.Users
                                join ur in db.UserRoles on u.Id equals ur.UserId
                                join r in db.Roles on ur.RoleId equals r.Id
                                where u.Id == command.WorkerId && r.Name == Roles.RhiWorker
                                select new { u.Id, u.TeamId }).FirstOrDefaultAsync(cancellationToken);
            RhiStep.Run(nameof(Command.WorkerId), () => rhi.Allocate(worker?.Id, worker?.TeamId));

            // The offer duty (R17) follows the interview to its worker.
            var offers = await db.DutyTasks
                .Where(t => t.ReturnHomeInterviewId == rhi.Id && t.Type == TaskType.ReturnHomeInterview && t.Status == DutyStatus.Open && t.AssigneeRole == Domain.Policy.PolicyRole.RhiWorker)
                .ToListAsync(cancellationToken);
            foreach (var offer in offers)
            {
                offer.AssigneeUserId = rhi.AllocatedWorkerId;
                offer.AssigneeTeamId = worker!.TeamId ?? offer.AssigneeTeamId;
            }

            // R19: the allocation duty is done.
            await RhiDuties.CloseAsync(db, rhi.Id, [rhi.AllocationDone], clock.GetUtcNow(), cancellationToken);

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
