using Microsoft.EntityFrameworkCore;
using MissingChildren.Data;

namespace MissingChildren.Web.Infrastructure.Identity;

/// <summary>
/// People on screen by name, not by e-mail address: a record keeps who acted as their sign-in name (their e-mail), and
/// a page shows <c>@await People.NameAsync(note.WrittenBy)</c>, the person's display name. A name that is no account's
/// (the system, an integration client, a worker with no account yet) is shown as it is. The accounts are read once a
/// request, when first asked.
/// </summary>
public sealed class PeopleNames(AppDbContext db)
{
    private Dictionary<string, string>? _names;

    public async Task<string> NameAsync(string? signInName)
    {
        if (string.IsNullOrWhiteSpace(signInName))
        {
            return "";
        }

        if (_names is null)
        {
            var users = await db.Users.AsNoTracking().Select(u => new { u.UserName, u.Email, u.DisplayName }).ToListAsync();
            _names = new(StringComparer.OrdinalIgnoreCase);
            foreach (var user in users.Where(u => !string.IsNullOrWhiteSpace(u.DisplayName)))
            {
                foreach (var key in new[] { user.UserName, user.Email }.OfType<string>())
                {
                    _names.TryAdd(key, user.DisplayName);
                }
            }
        }

        return _names.TryGetValue(signInName, out var name) ? name : signInName;
    }
}
