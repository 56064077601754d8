using Mediator;
using MissingChildren.Domain.Policy;
using MissingChildren.Data;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R7 (002 §4.3): the social worker given the offer of a young child's interview, or R6 (001 §1.6.2): the Emergency
/// Duty Team worker given the offer out of hours, takes the interview on: it is allocated to them, with its offer duty,
/// so they arrange it, hold it and send it for authorisation on the RHI's own forms.
/// </summary>
public static class TakeOnRhi
{
    public sealed record Command(Guid RhiId, Guid Version) : ICommand<Unit>;

    public sealed class Handler(AppDbContext db, RhiAccess access) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            var scope = await access.ScopeAsync(cancellationToken);
            if (!(await RhiAllocation.DutiesOfAsync(db, rhi.Id, scope, cancellationToken)).Offer || scope.UserId is null)
            {
                throw RhiAccess.Invalid(nameof(Command.RhiId), "Only the person given the offer of this interview can take it on");
            }

            RhiStep.Run(nameof(Command.RhiId), () => rhi.Allocate(scope.UserId, scope.TeamId));
            await RhiAllocation.FollowOfferAsync(db, rhi, scope.UserId, scope.TeamId, [PolicyRole.SocialWorker, PolicyRole.EmergencyDuty], cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
