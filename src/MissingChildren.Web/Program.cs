using MissingChildren.Web.Api;
using MissingChildren.Web.Infrastructure.Api;
using MissingChildren.Web.Infrastructure.Configuration;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Email;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Jobs;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Seeding;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;
using Serilog.Formatting.Compact;

var builder = WebApplication.CreateBuilder(args);

// Logging: readable in Development, compact JSON elsewhere. Never a child's name, date of birth or free text.
builder.Services.AddSerilog((services, logger) =>
{
    logger.ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext();
    if (builder.Environment.IsDevelopment())
    {
        logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
            formatProvider: System.Globalization.CultureInfo.InvariantCulture);
    }
    else
    {
        logger.WriteTo.Console(new RenderedCompactJsonFormatter());
    }
});

// Configuration, bound and validated at start-up so a wrong setting stops the app with a clear message.
builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section);
builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<DemoOptions>, DemoOptionsValidator>();
builder.Services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<PolicyOptions>().BindConfiguration(PolicyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<PolicyOptions>, PolicyOptionsValidator>();
builder.Services.AddOptions<IntegrationOptions>().BindConfiguration(IntegrationOptions.Section).ValidateOnStart();
builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<IntegrationOptions>, IntegrationOptionsValidator>();
builder.Services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPolicy();
builder.Services.AddAppDatabase(builder.Configuration, builder.Environment);
builder.Services.AddAppAuthentication(builder.Configuration);
builder.Services.AddIntegrationApi();
builder.Services.AddAppJobs(builder.Configuration, builder.Environment);

// Keys that protect cookies and anti-forgery tokens live in the database, so every web node shares them.
// Keys live in the database so every node shares them; with a certificate configured they are encrypted at rest.
var dataProtection = builder.Services.AddDataProtection()
    .SetApplicationName("MissingChildren")
    .PersistKeysToDbContext<AppDbContext>();
if (builder.Configuration["DataProtection:CertificatePath"] is { Length: > 0 } certificatePath)
{
    dataProtection.ProtectKeysWithCertificate(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(
        certificatePath, builder.Configuration["DataProtection:CertificatePassword"]));
}

builder.Services.AddUseCases();

builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section)
    .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.PickupDirectory) || !string.IsNullOrWhiteSpace(o.SmtpHost), "Email:Enabled needs Email:SmtpHost (or Email:PickupDirectory).")
    .ValidateOnStart();
builder.Services.AddSingleton<IEmailSender, MailKitEmailSender>();
builder.Services.AddSingleton<MissingChildren.Web.Infrastructure.Letters.LetterPdfWriter>();
builder.Services.AddScoped<DatabaseInitializer>();
builder.Services.AddHostedService<DatabaseInitializerService>();
builder.Services.AddPolicyRefresher(); // after the database initializer: reads the policy from the migrated database

builder.Services.AddRazorPages().AddMvcOptions(o =>
{
    o.Filters.Add<FormOutcomeFilter>();
    o.Filters.Add<ReadAuditFilter>();
    o.AddPostedFormChecks();
});
builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o => o.Conventions.Add(new MissingChildren.Web.Pages.Reports.ReportFileRoutes()));
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer<ApiKeySecuritySchemeTransformer>());
builder.Services.AddHealthChecks()
    .AddDbContextCheck<AppDbContext>("database", HealthStatus.Unhealthy, tags: ["ready"]);
builder.Services.AddForwardedHeadersWhenConfigured(builder.Configuration);
builder.Services.AddHstsForAYear();

var app = builder.Build();

app.UseForwardedHeadersWhenConfigured();
app.UseSecurityHeaders();
app.UseSecureCookiesOutsideDevelopment();
app.UseWhen(c => c.Request.Path.IsApi(), api =>
{
    api.UseExceptionHandler();
    api.UseStatusCodePages();
});
app.UseWhen(c => !c.Request.Path.IsApi(), pages =>
{
    if (!app.Environment.IsDevelopment())
    {
        pages.UseExceptionHandler("/error/500");
        pages.UseHsts();
    }

    pages.UseStatusCodePagesWithReExecute("/error/{0}");
});

app.UseSerilogRequestLogging();
app.UseRouting();
app.UseRefusalAudit();
app.UseAuthentication();
app.UseApiRejections();
app.UseAuthorization();
app.UsePasswordChangeRequired();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages().WithStaticAssets();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
app.MapJobsDashboard();
app.MapIntegrationApi();
app.MapAttendanceApi();

await app.RunAsync();

/// <summary>The web host. Public so integration tests can start it.</summary>
public partial class Program;
