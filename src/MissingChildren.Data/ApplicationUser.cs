using MissingChildren.Domain;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Data;

/// <summary>A member of staff who signs in. Roles are Identity roles named as in <see cref="Roles"/>.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }

    public Guid? TeamId { get; set; }

    public Agency Agency { get; set; }

    /// <summary>When an administrator deactivated the account; a deactivated user cannot sign in, and their history stays.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>Set for a password an administrator chose (the bootstrap account): changed at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public bool IsActive => DeactivatedAt is null;
}
