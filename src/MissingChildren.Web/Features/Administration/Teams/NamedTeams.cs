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

    /// <summary>
    /// The id of the team called <paramref name="name"/>, made and saved at once (with its notices) when the service holds
    /// none. Two requests naming the same new team at the same moment both get the one team: the second save meets the
    /// unique name, drops its copy and reads the first.
    /// </summary>
    public static async Task<Guid> FindOrAddAsync(AppDbContext db, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        var upper = trimmed.ToUpperInvariant();
        if (await FindAsync(db, upper, cancellationToken) is { } id)
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
        var notices = administrators.Select(userId => new Notice
        {
            UserId = userId,
            CreatedAt = now,
            Title = "A team named by the case management system needs setting up",
            Link = Links.AdminTeam(team.Id),
            EmailStatus = EmailStatus.Pending,
        }).ToList();
        db.Notices.AddRange(notices);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return team.Id;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.Entry(team).State = EntityState.Detached;
            foreach (var notice in notices)
            {
                db.Entry(notice).State = EntityState.Detached;
            }

            return await FindAsync(db, upper, cancellationToken)
                   ?? throw new InvalidOperationException("A team with this name was saved at the same moment and cannot be read.", ex);
        }
    }

    private static async Task<Guid?> FindAsync(AppDbContext db, string upperName, CancellationToken cancellationToken)
    {
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL UPPER(): one team per name whatever the case, on every provider.
        return await db.Teams.Where(t => t.Name.ToUpper() == upperName).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
    }
}
