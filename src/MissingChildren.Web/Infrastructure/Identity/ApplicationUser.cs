using MissingChildren.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Web.Infrastructure.Identity;

/// <summary>A member of staff who signs in. Roles are Identity roles named as in <see cref="Roles"/>.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }

    public Guid? TeamId { get; set; }

    public Agency Agency { get; set; }
}
