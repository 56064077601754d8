using Hangfire;
using Mediator;
using MissingChildren.Web.Features.Duties;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Infrastructure.Jobs;

/// <summary>
/// The recurring job that keeps duties on time. Hangfire's scheduler starts it once a minute for the whole installation
/// and one node runs each start. It takes no lock of its own: on PostgreSQL a lock is a row that outlives a node killed
/// while holding it (for ten minutes), which would stop every node sweeping; an overlapping run is harmless instead,
/// as the duties' unique keys and the records' versions let only one of two runs save the same change.
/// </summary>
public sealed partial class DutySweepJob(ISender mediator, ILogger<DutySweepJob> logger)
{
    public const string Id = "duty-sweep";

    [AutomaticRetry(Attempts = 0, LogEvents = true)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SweepDuties.Command(), cancellationToken);
        if (result.Raised > 0 || result.Escalated > 0)
        {
            LogSwept(logger, result.Episodes, result.Raised, result.Escalated);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Duty sweep: {Episodes} episodes, {Raised} duties raised, {Escalated} escalated")]
    private static partial void LogSwept(ILogger logger, int episodes, int raised, int escalated);
}

/// <summary>E-mails the notices waiting in the outbox, every minute (one node at a time).</summary>
public sealed class NoticeEmailJob(ISender mediator)
{
    public const string Id = "notice-emails";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 0, LogEvents = true)]
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new Features.Notices.SendNoticeEmails.Command(), cancellationToken);
}

/// <summary>
/// R35: e-mails the Head of Service update at the configured time each day (UK time); the use case sends it on working
/// days only, once a day however many nodes run it.
/// </summary>
public sealed class HeadOfServiceUpdateJob(ISender mediator)
{
    public const string Id = "head-of-service-update";

    [AutomaticRetry(Attempts = 0, LogEvents = true)]
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new Features.Oversight.SendHeadOfServiceDigest.Command(), cancellationToken);
}

/// <summary>Registers the recurring jobs when the host starts (idempotent: every node may do it).</summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager jobs, Microsoft.Extensions.Options.IOptions<Configuration.JobsOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<DutySweepJob>(DutySweepJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely(),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        jobs.AddOrUpdate<NoticeEmailJob>(NoticeEmailJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely(),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        var at = options.Value.HeadOfServiceUpdateAt;
        jobs.AddOrUpdate<HeadOfServiceUpdateJob>(HeadOfServiceUpdateJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Daily(at.Hour, at.Minute),
            new RecurringJobOptions { TimeZone = DeadlineText.UkTime });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
