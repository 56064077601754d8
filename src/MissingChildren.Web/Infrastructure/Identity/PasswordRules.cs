using System.Globalization;
using System.Reflection;
using MissingChildren.Data;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Web.Infrastructure.Identity;

/// <summary>
/// Password rules after the NCSC's guidance: length over complexity (12 characters or more, no required digits, capitals
/// or symbols, set in <see cref="AuthenticationSetup"/>) and a deny-list: a password is refused when it is a common one
/// (<c>CommonPasswords.txt</c>, also with digits or symbols added before or after it), when it holds the person's own
/// e-mail address or name, or the name of the service.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<ApplicationUser>
{
    public const string TooCommon = "Choose a password that is harder to guess: this one is too common. Three random words together make a good password";
    public const string HoldsTheirName = "Your password must not contain your name or email address";
    public const string HoldsTheService = "Your password must not contain the name of the service";

    private const string ServiceName = "missingchildren";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var error = Check(password, user.Email, user.DisplayName);
        return Task.FromResult(error is null ? IdentityResult.Success : IdentityResult.Failed(new IdentityError { Code = "PasswordDenied", Description = error }));
    }

    /// <summary>Why the password is refused, in plain words, or null when it may be used.</summary>
    public static string? Check(string password, string? email, string? name)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.Trim().ToLower(CultureInfo.InvariantCulture);
        var letters = LettersAndDigits(lower);
        if (letters.Contains(ServiceName, StringComparison.Ordinal))
        {
            return HoldsTheService;
        }

        if (HoldsPart(lower, letters, email) || HoldsPart(lower, letters, email?.Split('@')[0]) || HoldsPart(lower, letters, name))
        {
            return HoldsTheirName;
        }

        var core = lower.Trim(Decoration);
        return lower.Distinct().Count() < 3 || IsCommon(lower) || IsCommon(core) || IsCommon(LettersAndDigits(core)) ? TooCommon : null;
    }

    private static bool IsCommon(string candidate) => Common.Value.Contains(candidate);

    /// <summary>The person's e-mail, its name part or their name (three letters or more), however it is spaced or punctuated.</summary>
    private static bool HoldsPart(string lower, string letters, string? part)
    {
        var needle = part?.Trim().ToLower(CultureInfo.InvariantCulture) ?? "";
        var bare = LettersAndDigits(needle);
        return (needle.Length >= 3 && lower.Contains(needle, StringComparison.Ordinal)) || (bare.Length >= 3 && letters.Contains(bare, StringComparison.Ordinal));
    }

    private static string LettersAndDigits(string value) => new([.. value.Where(char.IsLetterOrDigit)]);

    /// <summary>What people add around a common word to make it "stronger": digits, symbols and spaces.</summary>
    private static readonly char[] Decoration = [.. "0123456789!\"£$%^&*()-_=+[]{};:'@#~,.<>/?\\|`¬ "];

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MissingChildren.Web.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common passwords list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}

/// <summary>Identity's messages that reach a person, in plain words.</summary>
public sealed class AccountErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = $"Your password must be {length} characters or more" };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = "Your current password is not right" };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = "This link has expired or has already been used" };
}
