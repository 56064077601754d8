using FluentValidation;
using MissingChildren.Web.Features.Authorisations;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Documents;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Web.Features.Notices;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Web.Features.ReturnInterviews;

namespace MissingChildren.Web.Infrastructure.Mediator;

/// <summary>
/// The use cases and what they share: the mediator with its pipeline (logging, then validation), every validator,
/// and the scoped services handlers take. One registration for the app and for use-case tests without a web host.
/// </summary>
public static class UseCaseSetup
{
    public static IServiceCollection AddUseCases(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped, includeInternalTypes: true);
        services.AddScoped<DutyScheduler>();
        services.AddScoped<EscalationNotices>();
        services.AddScoped<ChildAccess>();
        services.AddScoped<Features.Police.PoliceReach>();
        services.AddScoped<Features.Integration.ApiReach>();
        services.AddScoped<Features.MissingPersonProfiles.ProfileReaders>();
        services.AddScoped<Features.Search.ChildFinder>();
        services.AddScoped<RhiAccess>();
        services.AddScoped<Features.Auditing.ReadAudit>();
        services.AddScoped<Features.Auditing.AccessRefusals>();
        services.AddScoped<ManagerScope>();
        services.AddScoped<Features.Oversight.OversightScope>();
        services.AddScoped<Pages.Reports.ReportServices>();
        services.AddScoped<Features.Oversight.HeadOfServiceUpdate>();
        services.AddScoped<Features.Reports.ReportChildren>();
        services.AddScoped<Features.Oversight.OversightFilters>();
        services.AddScoped<DocumentDuties>();
        services.AddScoped<Features.Education.CmeSteps>();
        services.AddScoped<Features.Education.CmeReviews>();
        services.AddScoped<NotificationRouter>();
        services.AddScoped<NotificationIntake>();
        services.AddScoped<Features.Administration.Users.SetPasswordLinks>();
        services.AddScoped<Features.Administration.Audit.AuditSearch>();
        return services;
    }
}
