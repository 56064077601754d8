using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Education;
using MissingChildren.Data;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Education;

/// <summary>
/// R40 (003): the Children Missing Education officer opens an investigation for a child missing education, found by the
/// child's local ID. Education work may start on any child known to the service (the investigation then lets the officer
/// see the child's education record); one investigation at a time per child: while one is open or dormant, that one is used.
/// </summary>
public static class OpenCmeInvestigation
{
    public const string NoSuchChild = "No child has this local ID";

    public sealed record Command(string? LocalId = null, Guid? ChildId = null) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.LocalId).NotEmpty().When(c => c.ChildId is null).WithMessage("Enter the child's local ID").MaximumLength(50);
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            if (access.RoleAccess(RecordPart.Education) < PartAccess.Change)
            {
                throw new ChildAccessDeniedException();
            }

            var localId = command.LocalId?.Trim();
            var childId = command.ChildId ?? await db.Children.Where(c => c.LocalId == localId).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new ValidationException([new ValidationFailure(nameof(Command.LocalId), NoSuchChild)]);
            if (!await db.Children.AnyAsync(c => c.Id == childId, cancellationToken))
            {
                throw new RecordNotFoundException();
            }

            var current = await db.CmeInvestigations.Where(i => i.ChildId == childId && i.Status != CmeStatus.Found)
                .Select(i => (Guid?)i.Id).FirstOrDefaultAsync(cancellationToken);
            if (current is { } id)
            {
                return id;
            }

            var investigation = CmeInvestigation.Open(childId, clock.GetUtcNow(), actor.Name);
            db.CmeInvestigations.Add(investigation);
            await db.SaveChangesAsync(cancellationToken);
            return investigation.Id;
        }
    }
}
