using FluentValidation;
using Mediator;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Teams;

/// <summary>An administrator moves an active person into a team: a person belongs to one team, so they leave the one they were in.</summary>
public static class AddTeamMember
{
    public sealed record Command(Guid TeamId, string? UserId) : ICommand<Result>;

    /// <param name="LeftTeam">The team the person left, if they were in one.</param>
    public sealed record Result(string Name, string? LeftTeam);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.UserId).NotEmpty().WithMessage("Select the person to add to the team");
    }

    public sealed class Handler(AppDbContext db) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            if (!await db.Teams.AnyAsync(t => t.Id == command.TeamId, cancellationToken))
            {
                throw new RecordNotFoundException("No such team.");
            }

            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId && u.DeactivatedAt == null, cancellationToken)
                       ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.UserId), "Select the person to add to the team")]);
            var left = user.TeamId is { } from && from != command.TeamId
                ? await db.Teams.Where(t => t.Id == from).Select(t => t.Name).SingleOrDefaultAsync(cancellationToken)
                : null;
            user.TeamId = command.TeamId;
            await db.SaveChangesAsync(cancellationToken);
            return new Result(user.DisplayName, left);
        }
    }
}
