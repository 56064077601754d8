using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Users;

/// <summary>
/// An administrator creates a person's account: no password is typed; the person is e-mailed a one-time link to set
/// their own. A worker the case management system named before they had an account inherits their children and duties.
/// </summary>
public static class CreateUser
{
    public sealed record Command(string? DisplayName, string? Email, IReadOnlyList<string>? Roles, Guid? TeamId, Agency? Agency)
        : ICommand<Result>, IUserDetails
    {
        public string? UserId => null;
    }

    /// <param name="LinkSent">False when e-mail is off (or failed): the page says how to send it again.</param>
    public sealed record Result(string UserId, int ChildrenInherited, bool LinkSent);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db, ILookupNormalizer normalizer) => Include(new UserDetailsRules(db, normalizer));
    }

    public sealed class Handler(AppDbContext db, ILookupNormalizer normalizer, SetPasswordLinks links, ICurrentActor actor, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var email = command.Email!.Trim();
            var user = new ApplicationUser
            {
                UserName = email,
                NormalizedUserName = normalizer.NormalizeName(email),
                Email = email,
                NormalizedEmail = normalizer.NormalizeEmail(email),
                EmailConfirmed = true,
                DisplayName = command.DisplayName!.Trim(),
                TeamId = command.TeamId,
                Agency = command.Agency!.Value,
                LockoutEnabled = true,
                SecurityStamp = UserAccounts.NewStamp(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
            var roles = command.Roles!.Distinct(StringComparer.Ordinal).ToList();
            await UserAccounts.SetRolesAsync(db, user.Id, roles, cancellationToken);
            var inherited = await NamedWorkers.InheritAsync(db, user, clock.GetUtcNow(), cancellationToken);
            UserAccounts.Audit(db, actor, clock, user.Id, "Created", new Dictionary<string, object?>
            {
                ["DisplayName"] = UserAccounts.Change(null, user.DisplayName),
                ["Email"] = UserAccounts.Change(null, user.Email),
                ["Roles"] = UserAccounts.Change(null, string.Join(", ", roles)),
                ["TeamId"] = UserAccounts.Change(null, user.TeamId),
                ["Agency"] = UserAccounts.Change(null, user.Agency.ToString()),
                ["ChildrenInherited"] = UserAccounts.Change(null, inherited),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // Someone created the same e-mail address at the same moment.
                throw UserAccounts.Refused(UserDetailsRules.EmailTaken, nameof(Command.Email));
            }

            var sent = await links.SendAsync(user, cancellationToken);
            return new Result(user.Id, inherited, sent);
        }
    }
}
