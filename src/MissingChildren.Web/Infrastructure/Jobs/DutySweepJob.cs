using Hangfire;
using Mediator;
using MissingChildren.Web.Features.Duties;

namespace MissingChildren.Web.Infrastructure.Jobs;

/// <summary>
/// The recurring job that keeps duties on time. Hangfire runs it every minute on one node at a time (a distributed
/// lock in the database); the duties' unique keys make even an overlapping run harmless.
/// </summary>
public sealed partial class DutySweepJob(ISender mediator, ILogger<DutySweepJob> logger)
{
    public const string Id = "duty-sweep";

    [DisableConcurrentExecution(timeoutInSeconds: 300)]
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

/// <summary>Registers the recurring jobs when the host starts (idempotent: every node may do it).</summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<DutySweepJob>(DutySweepJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely(),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        jobs.AddOrUpdate<NoticeEmailJob>(NoticeEmailJob.Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely(),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
