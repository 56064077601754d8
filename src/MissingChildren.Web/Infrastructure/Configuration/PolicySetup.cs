using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Infrastructure.Configuration;

public static class PolicySetup
{
    /// <summary>The configured policy profile, its working-day calendar (Europe/London, bank holidays, closure days) and the duty engine.</summary>
    public static IServiceCollection AddPolicy(this IServiceCollection services)
    {
        services.AddSingleton<IBankHolidaySource, UkBankHolidaySource>();
        services.AddSingleton(sp => PolicyProfileCatalog.Load(sp.GetRequiredService<IOptions<PolicyOptions>>().Value.Profile));
        services.AddSingleton(sp => sp.GetRequiredService<PolicyProfile>().CreateCalendar(
            sp.GetRequiredService<IBankHolidaySource>(),
            sp.GetRequiredService<IOptions<PolicyOptions>>().Value.ClosureDays));
        services.AddSingleton<DutyEngine>();
        services.AddSingleton<Domain.ReturnInterviews.ReturnInterviewRules>();
        return services;
    }
}
