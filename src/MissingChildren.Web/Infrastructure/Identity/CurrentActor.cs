using System.Security.Claims;
using MissingChildren.Data;

namespace MissingChildren.Web.Infrastructure.Identity;

/// <summary>
/// Who is acting now: a signed-in member of staff, an integration client, or the system (jobs). Its
/// <see cref="IAuditActor.Name"/> is the name written to the audit log.
/// </summary>
public interface ICurrentActor : IAuditActor
{
    string? UserId { get; }

    bool IsInRole(string role);
}

internal sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string System = "system";

    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    public string Name => User?.Identity is { IsAuthenticated: true } identity
        ? identity.Name ?? UserId ?? System
        : System;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool IsInRole(string role) => User?.IsInRole(role) ?? false;
}
