using MissingChildren.Domain;
using MissingChildren.Web.Infrastructure.Configuration;
using MissingChildren.Data;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace MissingChildren.Web.Infrastructure.Identity;

public static class AuthenticationSetup
{
    public const string SignInPath = "/account/sign-in";

    /// <summary>How long a set-password link e-mailed to a person works (once).</summary>
    public static readonly TimeSpan SetPasswordLinkLifetime = TimeSpan.FromDays(3);

    /// <summary>Policy names: one per role, so pages and endpoints read as <c>[Authorize(Policy = Roles.FrontDoor)]</c>.</summary>
    public static IServiceCollection AddAppAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;

                // NCSC: length over complexity. 12 characters or more, no composition rules; common passwords are
                // refused by PasswordRules.
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = SignInThrottle.LockoutAfter;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<AccountSignInManager>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>()
            .AddErrorDescriber<AccountErrorDescriber>()
            .AddPasswordValidator<PasswordRules>();

        // A set-password link (a password reset token) works once (using it changes the security stamp) and for 3 days.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = SetPasswordLinkLifetime);

        // Zero: every request (after the one the cookie was issued in) checks the account's security stamp and that it
        // is still active (AccountSignInManager), so "sign out everywhere", a change of roles or e-mail, and
        // deactivation end the person's sessions at their next click, not up to 30 minutes later (Identity's default).
        // One indexed read of the user per request is small for a staff service.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        services.AddOptions<SessionOptions>().Bind(configuration.GetSection(SessionOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<SessionOptions>, SessionOptionsValidator>();
        var session = configuration.GetSection(SessionOptions.Section).Get<SessionOptions>() ?? new();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = SignInPath;
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/error/403";
            o.Cookie.Name = "mc.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The ticket's own expiry is the absolute lifetime, a backstop; SessionLimits ends a session idle for
            // Authentication:Session:IdleTimeout or older than AbsoluteLifetime, then checks the security stamp.
            o.ExpireTimeSpan = session.AbsoluteLifetime;
            o.SlidingExpiration = true;
            SessionLimits.Apply(o);
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                // A signed-in user without the right role gets a 403 page, not a redirect away from what they asked for.
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = ctx =>
            {
                if (ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                }

                ctx.Response.Redirect(SessionLimits.SignInRedirect(ctx.HttpContext, ctx.RedirectUri));
                return Task.CompletedTask;
            };
        });

        var oidc = configuration.GetSection(OpenIdConnectSignInOptions.Section).Get<OpenIdConnectSignInOptions>() ?? new();
        services.AddOptions<OpenIdConnectSignInOptions>().Bind(configuration.GetSection(OpenIdConnectSignInOptions.Section))
            .Validate(o => !o.Enabled || (Uri.IsWellFormedUriString(o.Authority, UriKind.Absolute) && o.ClientId.Length > 0),
                "Authentication:OpenIdConnect needs Authority (an absolute URL) and ClientId when Enabled is true.")
            .ValidateOnStart();
        if (oidc.Enabled)
        {
            services.AddAuthentication().AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, oidc.DisplayName, o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.CallbackPath = "/account/signin-oidc";
                o.Scope.Add("email");
                o.MapInboundClaims = false;
            });
        }

        services.AddAuthorization(o =>
        {
            foreach (var role in Roles.All)
            {
                o.AddPolicy(role, p => p.RequireRole(role));
            }

            o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder()
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
                .RequireAuthenticatedUser()
                .Build();
        });

        services.AddSingleton<SignInThrottle>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpContextActor>();
        services.AddScoped<PeopleNames>();
        return services;
    }
}
