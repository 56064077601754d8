using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Teams;

/// <summary>
/// An administrator adds a team or changes one (<c>/admin/teams/new</c>, <c>/admin/teams/{id}</c>): its name, kind,
/// agency, description, whether it is the default team of its kind (unmarking the one that was), the postcode districts
/// it covers and, for a return interview service, the social work teams it serves (<see cref="TeamRouting"/>). Saving a
/// team the case management system named marks it set up. Another administrator's save first is a conflict.
/// </summary>
public static class SaveTeam
{
    public const string NameTaken = "A team with this name already exists";

    /// <param name="TeamId">Null for a new team.</param>
    /// <param name="Version">The version the form was read at (an existing team).</param>
    /// <param name="Areas">Postcode districts as typed, separated by commas or spaces.</param>
    public sealed record Command(Guid? TeamId, Guid? Version, string? Name, TeamFunction? Kind, Agency? Agency, string? Description, bool IsDefault, string? Areas,
        IReadOnlyList<Guid>? ServesTeamIds) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the team's name")
                .MaximumLength(120).WithMessage("The team's name must be 120 characters or fewer");
            RuleFor(c => c.Kind)
                .Must(k => k is { } kind && TeamWords.ChoosableKinds.Contains(kind)).WithMessage("Select what kind of team this is");
            RuleFor(c => c.Agency).NotNull().WithMessage("Select the team's agency");
            RuleFor(c => c.Description).MaximumLength(500).WithMessage("The description must be 500 characters or fewer");
            RuleFor(c => c.Areas)
                .Must(a => AreasIn(a).All(TeamRouting.IsPostcodeDistrict)).WithMessage("Enter postcode districts like ME4 or BS23, separated by commas")
                .MaximumLength(1000).WithMessage("The areas must be 1,000 characters or fewer");
        }
    }

    /// <summary>The districts typed, in capitals, each once, in the order given.</summary>
    public static IReadOnlyList<string> AreasIn(string? typed) =>
        [.. (typed ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)];

    public sealed class Handler(AppDbContext db) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var name = command.Name!.Trim();
            var upper = name.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(): a name is taken whatever its case, on every provider.
            if (await db.Teams.AnyAsync(t => t.Name.ToUpper() == upper && t.Id != command.TeamId, cancellationToken))
#pragma warning restore CA1304, CA1311, CA1862
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(Command.Name), NameTaken)]);
            }

            Team team;
            if (command.TeamId is { } id)
            {
                team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new RecordNotFoundException("No such team.");
                db.Entry(team).Property(t => t.Version).OriginalValue = command.Version ?? Guid.Empty;
                team.Version = Guid.NewGuid();
            }
            else
            {
                team = db.Teams.Add(new Team { Name = name }).Entity;
            }

            var kind = command.Kind!.Value;
            team.Name = name;
            team.Function = kind;
            team.Agency = command.Agency!.Value;
            team.Description = string.IsNullOrWhiteSpace(command.Description) ? null : command.Description.Trim();
            team.Areas = [.. AreasIn(command.Areas)];
            team.ServesTeamIds = kind == TeamFunction.ReturnInterviews ? await SocialWorkTeamsAsync(command.ServesTeamIds ?? [], team.Id, cancellationToken) : [];
            team.NeedsSetUp = false;
            team.IsDefault = command.IsDefault;
            if (command.IsDefault)
            {
                // One default per kind: marking this one unmarks the other.
                foreach (var other in await db.Teams.Where(t => t.Function == kind && t.IsDefault && t.Id != team.Id).ToListAsync(cancellationToken))
                {
                    other.IsDefault = false;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return team.Id;
        }

        private async Task<List<Guid>> SocialWorkTeamsAsync(IReadOnlyList<Guid> chosen, Guid self, CancellationToken cancellationToken)
        {
            var ids = chosen.Distinct().Where(i => i != self).ToList();
            return ids.Count == 0
                ? []
                : await db.Teams.Where(t => ids.Contains(t.Id) && t.Function == TeamFunction.SocialWork).Select(t => t.Id).ToListAsync(cancellationToken);
        }
    }
}
