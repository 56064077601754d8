using FluentValidation;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Notices;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R19: the team manager allocates the RHI to a worker (within 24 core hours where the profile says): an RHI worker,
/// or where R7 applies or the child chose their social worker (R23), a social worker of the child's team.
/// </summary>
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

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!actor.IsInRole(Roles.TeamManager))
            {
                throw new UnauthorizedAccessException("Only a team manager allocates return home interviews.");
            }

            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(clock.GetUtcNow()), cancellationToken);
            var worker = await RhiAllocation.AllowedWorkerAsync(db, rules, rhi, child.Age, command.WorkerId, cancellationToken);
            RhiStep.Run(nameof(Command.WorkerId), () => rhi.Allocate(worker?.Id, worker?.TeamId));

            // The offer duty (R17, R7) follows the interview to its worker.
            var offers = await RhiAllocation.FollowOfferAsync(db, rhi, worker!.Value.Id, worker.Value.TeamId, [PolicyRole.RhiWorker, PolicyRole.SocialWorker], cancellationToken);

            // R19: the worker is told it is theirs (a notice and its e-mail), with the offer's deadline.
            var offer = offers.Where(t => t.RuleId == RuleIds.RhiOffer).Select(t => (Guid?)t.Id).FirstOrDefault();
            if (AllocationNotices.RhiAllocated(worker.Value.Id, actor.UserId, offer, Links.ReturnInterview(rhi.Id), clock.GetUtcNow()) is { } notice)
            {
                db.Notices.Add(notice);
            }

            // R19: the allocation duty is done.
            await RhiDuties.CloseAsync(db, rhi.Id, [rhi.AllocationDone], clock.GetUtcNow(), cancellationToken);

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
