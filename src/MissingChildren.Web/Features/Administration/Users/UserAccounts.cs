using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>Where a person's account stands.</summary>
public enum UserState
{
    Active,
    Deactivated,
    LockedOut,
}

/// <summary>What the user administration use cases share: the audit entry, roles by name, and the last-administrator rule.</summary>
public static class UserAccounts
{
    public const string EntityType = "User";

    public const string LastAdministrator = "You cannot take the Administrator role from the last active administrator. Make another user an administrator first";

    public static string StateName(UserState state) => state switch
    {
        UserState.Deactivated => "Deactivated",
        UserState.LockedOut => "Locked out",
        _ => "Active",
    };

    public static UserState StateOf(DateTimeOffset? deactivatedAt, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        deactivatedAt is not null ? UserState.Deactivated : lockoutEnd > now ? UserState.LockedOut : UserState.Active;

    /// <summary>
    /// Writes what an administrator did to an account to the audit log (Identity's users are not audited by the
    /// interceptor): saved with the caller's save. <paramref name="changes"/> is { field: { from, to } }.
    /// </summary>
    /// <param name="by">Who did it, when not the signed-in person (someone setting their password by the e-mailed link).</param>
    public static void Audit(AppDbContext db, IAuditActor actor, TimeProvider clock, string userId, string action, IReadOnlyDictionary<string, object?>? changes = null, string? by = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(clock);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = by ?? actor.Name,
            EntityType = EntityType,
            EntityId = userId,
            Action = action,
            Changes = changes is null || changes.Count == 0 ? null : JsonSerializer.Serialize(changes),
        });
    }

    public static async Task<List<string>> RoleNamesAsync(AppDbContext db, string userId, CancellationToken cancellationToken) =>
        await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
            .ToListAsync(cancellationToken);

    /// <summary>Gives the user exactly these roles (rows added and removed; saved with the caller's save).</summary>
    public static async Task SetRolesAsync(AppDbContext db, string userId, IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        var wanted = roles.ToHashSet(StringComparer.Ordinal);
        var all = await db.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var held = await db.UserRoles.Where(ur => ur.UserId == userId).ToListAsync(cancellationToken);
        db.UserRoles.RemoveRange(held.Where(ur => !wanted.Contains(all.FirstOrDefault(r => r.Value == ur.RoleId).Key ?? "")));
        foreach (var role in wanted.Where(r => !held.Any(ur => ur.RoleId == all[r])))
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = all[role] });
        }
    }

    /// <summary>Whether this user is an active administrator and no other active administrator exists.</summary>
    public static async Task<bool> IsLastActiveAdministratorAsync(AppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var administrators = db.UserRoles
            .Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Administrator))
            .Join(db.Users.Where(u => u.DeactivatedAt == null), ur => ur.UserId, u => u.Id, (ur, u) => u.Id);
        return await administrators.ContainsAsync(userId, cancellationToken)
            && !await administrators.AnyAsync(id => id != userId, cancellationToken);
    }

    /// <summary>A refusal shown in the error summary (not tied to a field).</summary>
    public static ValidationException Refused(string message, string property = "") => new([new ValidationFailure(property, message)]);

    /// <summary>A { from, to } pair for <see cref="Audit"/>.</summary>
    public static object Change(object? from, object? to) => new { from, to };

    /// <summary>The user to change, tracked; <see cref="RecordNotFoundException"/> for an unknown id.</summary>
    public static async Task<ApplicationUser> FindAsync(AppDbContext db, string id, CancellationToken cancellationToken) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new RecordNotFoundException();

    public static string NewStamp() => Guid.NewGuid().ToString("N").ToUpperInvariant();
}
