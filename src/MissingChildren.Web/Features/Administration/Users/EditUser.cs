using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>
/// An administrator changes a person's name, e-mail, roles, team or agency, from the version they read (Identity's
/// concurrency stamp: someone else's save first is a conflict). A change of roles or e-mail ends the person's sessions;
/// the last active administrator keeps the Administrator role.
/// </summary>
public static class EditUser
{
    public sealed record Command(string Id, string? ConcurrencyStamp, string? DisplayName, string? Email, IReadOnlyList<string>? Roles, Guid? TeamId, Agency? Agency)
        : ICommand<Unit>, IUserDetails
    {
        public string? UserId => Id;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db, ILookupNormalizer normalizer) => Include(new UserDetailsRules(db, normalizer));
    }

    public sealed class Handler(AppDbContext db, ILookupNormalizer normalizer, SignInManager<ApplicationUser> signIn, ICurrentActor actor, TimeProvider clock)
        : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken) ?? throw new RecordNotFoundException();
            db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = command.ConcurrencyStamp;

            var before = await UserAccounts.RoleNamesAsync(db, user.Id, cancellationToken);
            var after = Roles.All.Where(command.Roles!.Contains).ToList();
            var rolesChanged = !before.ToHashSet(StringComparer.Ordinal).SetEquals(after);
            if (before.Contains(Roles.Administrator) && !after.Contains(Roles.Administrator)
                && await UserAccounts.IsLastActiveAdministratorAsync(db, user.Id, cancellationToken))
            {
                throw UserAccounts.Refused(UserAccounts.LastAdministrator, nameof(Command.Roles));
            }

            var email = command.Email!.Trim();
            var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
            Track(changes, "DisplayName", user.DisplayName, command.DisplayName!.Trim());
            Track(changes, "Email", user.Email, email);
            Track(changes, "TeamId", user.TeamId, command.TeamId);
            Track(changes, "Agency", user.Agency.ToString(), command.Agency!.Value.ToString());
            if (rolesChanged)
            {
                changes["Roles"] = UserAccounts.Change(string.Join(", ", Roles.All.Where(before.Contains)), string.Join(", ", after));
                await UserAccounts.SetRolesAsync(db, user.Id, after, cancellationToken);
            }

            var emailChanged = !string.Equals(user.Email, email, StringComparison.Ordinal);
            user.DisplayName = command.DisplayName!.Trim();
            user.Email = email;
            user.UserName = email;
            user.NormalizedEmail = normalizer.NormalizeEmail(email);
            user.NormalizedUserName = normalizer.NormalizeName(email);
            user.TeamId = command.TeamId;
            user.Agency = command.Agency.Value;
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            if (rolesChanged || emailChanged)
            {
                // Their cookies carry the old roles or e-mail: the next request signs them out.
                user.SecurityStamp = UserAccounts.NewStamp();
            }

            if (changes.Count > 0)
            {
                UserAccounts.Audit(db, actor, clock, user.Id, "Changed", changes);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && ex.IsUniqueViolation())
            {
                throw UserAccounts.Refused(UserDetailsRules.EmailTaken, nameof(Command.Email));
            }

            if ((rolesChanged || emailChanged) && user.Id == actor.UserId)
            {
                // An administrator who changed their own roles or e-mail carries on, with the new ones.
                await signIn.RefreshSignInAsync(user);
            }

            return Unit.Value;
        }

        private static void Track(Dictionary<string, object?> changes, string field, object? from, object? to)
        {
            if (!Equals(from, to))
            {
                changes[field] = UserAccounts.Change(from, to);
            }
        }
    }
}
