using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Notices;
using MissingChildren.Domain.Teams;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Teams;

/// <summary>
/// A team the case management system names: the one the service holds by that name (ignoring case), or a new one the
/// service makes so the child is never refused for the council's organisation. A new team's kind is unknown and it
/// needs set-up, so no work is routed to it by kind; every active administrator is told by a notice (and its e-mail).
/// </summary>
public static class NamedTeams
{
    /// <summary>What a team made this way says of itself until an administrator describes it.</summary>
    public const string FromCaseManagement = "Named by the case management system: an administrator has still to say what it does.";

    /// <summary>The id of the team called <paramref name="name"/>, made (unsaved: the caller's save does) when the service holds none.</summary>
    public static async Task<Guid> FindOrAddAsync(AppDbContext db, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        var upper = trimmed.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(): one team per name whatever the case, on every provider.
        var existing = await db.Teams.Where(t => t.Name.ToUpper() == upper).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        if (existing is { } id)
        {
            return id;
        }

        if (db.Teams.Local.FirstOrDefault(t => string.Equals(t.Name, trimmed, StringComparison.OrdinalIgnoreCase)) is { } added)
        {
            return added.Id;
        }

        var team = new Team
        {
            Name = trimmed,
            Function = TeamFunction.Unknown,
            Agency = Agency.ChildrensSocialCare,
            NeedsSetUp = true,
            Description = FromCaseManagement,
        };
        db.Teams.Add(team);

        var administrators = await db.UserRoles
            .Join(db.Roles.Where(r => r.Name == Roles.Administrator), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Join(db.Users.Where(u => u.DeactivatedAt == null), userId => userId, u => u.Id, (userId, _) => userId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var userId in administrators)
        {
            db.Notices.Add(new Notice
            {
                UserId = userId,
                CreatedAt = now,
                Title = "A team named by the case management system needs setting up",
                Link = Links.AdminTeam(team.Id),
                EmailStatus = EmailStatus.Pending,
            });
        }

        return team.Id;
    }
}
