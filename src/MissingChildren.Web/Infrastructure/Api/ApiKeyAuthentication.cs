using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Infrastructure.Api;

/// <summary>Names shared by the API key scheme, its claims and its error bodies (api.md "Clients and keys").</summary>
public static class ApiKeyDefaults
{
    public const string AuthenticationScheme = "ApiKey";

    public const string HeaderName = "X-Api-Key";

    public const string AgencyClaim = "agency";

    public const string ScopeClaim = "scope";

    /// <summary>The <see cref="AuthenticationProperties.Items"/> key that carries the scope a forbidden request lacked.</summary>
    public const string RequiredScopeItem = "api:required-scope";

    public const string MissingKeyDetail = "Send a valid API key in the X-Api-Key header.";

    public const string UnknownKeyDetail = "The API key is not recognised.";

    public const string MoreThanOneKeyDetail = "Send one API key in the X-Api-Key header, not several.";
}

public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions;

/// <summary>
/// Authenticates an integration client by its <c>X-Api-Key</c> header: a client from configuration
/// (<see cref="IntegrationClientRegistry"/>) or one an administrator created (<see cref="DatabaseClientKeys"/>). A missing
/// header is no result (the challenge then answers 401); an unknown, revoked or expired key fails. Challenge and forbid answer with problem+json, never data.
/// </summary>
public sealed partial class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IntegrationClientRegistry clients,
    DatabaseClientKeys createdClients)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    private static readonly string[] KnownFailures =
        [ApiKeyDefaults.UnknownKeyDetail, ApiKeyDefaults.MoreThanOneKeyDetail];

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyDefaults.HeaderName, out var values) || values.Count == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (values.Count > 1)
        {
            return AuthenticateResult.Fail(ApiKeyDefaults.MoreThanOneKeyDetail);
        }

        // Configured clients and created ones are both looked at, whichever matches, so timing tells nothing.
        var presented = ApiKeys.Hash(values[0] ?? "");
        var configured = clients.FindByHash(presented);
        var created = await createdClients.FindAsync(presented, Context.RequestAborted);
        var (name, agency, scopes) = (configured, created) switch
        {
            ({ } c, _) => (c.Name, c.Agency, c.Scopes),
            (null, { } c) => (c.Name, c.Agency, c.Scopes),
            _ => default,
        };
        if (name is null)
        {
            // A revoked key, or an old key past its overlap, is refused exactly as an unknown one.
            LogUnknownKey(Logger);
            return AuthenticateResult.Fail(ApiKeyDefaults.UnknownKeyDetail);
        }

        if (configured is null && created is not null)
        {
            await createdClients.RecordUseAsync(created.Id, Context.RequestAborted);
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(ApiKeyDefaults.AgencyClaim, agency.ToString()),
        };
        claims.AddRange(scopes.Select(s => new Claim(ApiKeyDefaults.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyDefaults.AuthenticationScheme));
        LogAuthenticated(Logger, name);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();

        // Only our own failure messages reach the client; anything else (an exception) gets the general advice.
        var detail = result.Failure?.Message is { } message && KnownFailures.Contains(message, StringComparer.Ordinal)
            ? message
            : ApiKeyDefaults.MissingKeyDetail;
        Response.Headers.WWWAuthenticate = $"{ApiKeyDefaults.AuthenticationScheme} header=\"{ApiKeyDefaults.HeaderName}\"";
        await ApiProblem.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Unauthorized", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var detail = properties.Items.TryGetValue(ApiKeyDefaults.RequiredScopeItem, out var scope) && !string.IsNullOrEmpty(scope)
            ? $"This API key does not have the '{scope}' scope."
            : "This API key may not do this.";
        return ApiProblem.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden", detail);
    }

    [LoggerMessage(100, LogLevel.Warning, "An API key was sent that matches no integration client")]
    private static partial void LogUnknownKey(ILogger logger);

    [LoggerMessage(101, LogLevel.Debug, "Integration client {ClientName} authenticated by API key")]
    private static partial void LogAuthenticated(ILogger logger, string clientName);
}

/// <summary>An integration client as held after start: its key only as a SHA-256 hash, and its first characters.</summary>
public sealed record IntegrationClient(string Name, Agency Agency, IReadOnlyList<string> Scopes, ReadOnlyMemory<byte> KeyHash, string KeyHint);

/// <summary>
/// The configured integration clients, each key held only as its SHA-256 hash, rebuilt when the options change.
/// A presented key is compared with every client in fixed time, so timing does not tell which client (if any) matched.
/// </summary>
public sealed class IntegrationClientRegistry : IDisposable
{
    private readonly IDisposable? _subscription;
    private volatile IntegrationClient[] _clients;

    public IntegrationClientRegistry(IOptionsMonitor<IntegrationOptions> options)
    {
        _clients = Build(options.CurrentValue);
        _subscription = options.OnChange(o => _clients = Build(o));
    }

    public IReadOnlyList<IntegrationClient> Clients => _clients;

    public IntegrationClient? FindByHash(byte[] presented)
    {
        IntegrationClient? match = null;
        foreach (var client in _clients)
        {
            // No early exit: every client is compared whatever the outcome.
            var equal = CryptographicOperations.FixedTimeEquals(presented, client.KeyHash.Span);
            match = equal ? client : match;
        }

        return match;
    }

    public void Dispose() => _subscription?.Dispose();

    private static IntegrationClient[] Build(IntegrationOptions options) =>
        [.. options.Clients
            .Where(c => c.Key.Length > 0)
            .Select(c => new IntegrationClient(c.Name, c.Agency, [.. c.ScopeList], ApiKeys.Hash(c.Key), ApiKeys.Hint(c.Key)))];
}

/// <summary>Writes an RFC 9457 problem+json body: through <see cref="IProblemDetailsService"/> when it will, else directly.</summary>
internal static class ApiProblem
{
    public const string ContentType = "application/problem+json";

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        var service = context.RequestServices.GetService<IProblemDetailsService>();
        if (service is not null && await service.TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem }))
        {
            return;
        }

        // The service declines when the Accept header rules out JSON; the contract still answers with problem+json.
        await context.Response.WriteAsJsonAsync(problem, options: null, contentType: ContentType);
    }
}
