using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Web.Features.Account;

/// <summary>Identity's refusal of a new password, as field errors on the form (the password rules' own words).</summary>
public static class PasswordErrors
{
    /// <param name="fieldOf">The form field an error code belongs to (the new password, unless it says otherwise).</param>
    public static ValidationException ToValidation(IdentityResult result, Func<string, string> fieldOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(fieldOf);
        return new ValidationException(result.Errors.Select(e => new ValidationFailure(fieldOf(e.Code), e.Description)));
    }
}
