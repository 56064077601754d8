using MissingChildren.Domain;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Data;

/// <summary>A member of staff who signs in. Roles are Identity roles named as in <see cref="Roles"/>.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }

    public Guid? TeamId { get; set; }

    public Agency Agency { get; set; }
}
