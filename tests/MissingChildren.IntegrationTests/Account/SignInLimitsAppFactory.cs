using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MissingChildren.Data;

namespace MissingChildren.IntegrationTests.Account;

/// <summary>
/// A host whose requests can come from different client addresses (the test's <see cref="AddressHeader"/>, as a
/// proxy's forwarded address would be), and whose password hasher counts the passwords it checks.
/// </summary>
public class SignInLimitsAppFactory(string provider) : AppFactory(provider)
{
    public const string AddressHeader = "X-Test-Client-Address";

    public CountingPasswordHasher Hasher { get; } = new();

    /// <summary>A browser at this client address.</summary>
    public HtmlClient ClientAt(string address)
    {
        var client = this.CreateHtmlClient();
        client.Http.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    /// <summary>A new address in the test range 198.51.100.0/24, different each call.</summary>
    public static string NewAddress() => $"198.51.{Random.Shared.Next(100, 200)}.{Random.Shared.Next(1, 255)}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IPasswordHasher<ApplicationUser>>();
            services.AddSingleton<IPasswordHasher<ApplicationUser>>(Hasher);
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        });
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>Identity's hasher, counting the passwords it verifies (a test sees the work done, not the time taken).</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<ApplicationUser>
{
    private readonly PasswordHasher<ApplicationUser> _inner = new();
    private int _verified;

    public int Verified => _verified;

    public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verified);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class SqliteSignInLimitsAppFactory() : SignInLimitsAppFactory("Sqlite");

public sealed class PostgreSqlSignInLimitsAppFactory() : SignInLimitsAppFactory("PostgreSql");
