using MissingChildren.Domain.Time;

namespace MissingChildren.Web.Infrastructure.Configuration;

public static class PolicySetup
{
    /// <summary>
    /// The policy in force (<see cref="LivePolicy"/>: the chosen profile with its overrides, its working-day calendar in
    /// Europe/London with bank holidays and closure days, the duty engine). Each is scoped: a request or job reads the
    /// snapshot current when its scope starts, and keeps it to its end, so one use case never mixes two policies.
    /// </summary>
    public static IServiceCollection AddPolicy(this IServiceCollection services)
    {
        services.AddSingleton<IBankHolidaySource, UkBankHolidaySource>();
        services.AddSingleton<LivePolicy>();
        services.AddScoped(sp => sp.GetRequiredService<LivePolicy>().Current);
        services.AddScoped(sp => sp.GetRequiredService<Domain.Administration.PolicySnapshot>().Profile);
        services.AddScoped(sp => sp.GetRequiredService<Domain.Administration.PolicySnapshot>().Calendar);
        services.AddScoped(sp => sp.GetRequiredService<Domain.Administration.PolicySnapshot>().Engine);
        services.AddScoped(sp => sp.GetRequiredService<Domain.Administration.PolicySnapshot>().Rules);
        services.AddScoped<Features.Administration.Policy.PolicyChanges>();
        return services;
    }

    /// <summary>Reads the policy from the database once it is migrated, and follows other nodes' changes; after <c>DatabaseInitializerService</c>.</summary>
    public static IServiceCollection AddPolicyRefresher(this IServiceCollection services) =>
        services.AddHostedService<PolicyRefresher>();
}
