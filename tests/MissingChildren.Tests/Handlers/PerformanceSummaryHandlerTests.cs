using MissingChildren.Domain;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Web.Features.Oversight;

namespace MissingChildren.Tests.Handlers;

/// <summary>The dashboard's performance section (R37): this month against the targets and the 12-month trend, for whom the reader oversees.</summary>
public sealed class PerformanceSummaryHandlerTests : IAsyncLifetime
{
    private HandlerHost _host = default!;

    public async ValueTask InitializeAsync() => _host = await HandlerHost.CreateAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static DateTimeOffset Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private async Task ReturnAsync(Guid childId, DateTimeOffset clockStarted, DateTimeOffset? offeredAt)
    {
        var rhi = new ReturnHomeInterview { ChildId = childId, Status = RhiStatus.Allocated, RequestedAt = clockStarted, OfferDueAt = clockStarted.AddHours(72) };
        if (offeredAt is { } at)
        {
            rhi.ContactAttempts.Add(new ContactAttempt { At = at, Method = "Phone", Contacted = "Child", Outcome = ContactPattern.OfferedOutcome });
        }

        await _host.AddAsync(rhi);
    }

    [Fact]
    public async Task R37_ThisMonthAgainstTheTarget_AndTwelveMonthsOfTrend_ForTheWholeServiceOfAHeadOfService()
    {
        _host.Actor.Is(Roles.HeadOfService);
        var (_, child) = await _host.AllocatedChildAsync();
        await ReturnAsync(child.Id, Utc(11, 7, 10), Utc(11, 8, 9)); // this month, offered in time
        await ReturnAsync(child.Id, Utc(10, 2, 10), null); // October, never offered
        await ReturnAsync(child.Id, Utc(11, 30, 10).AddYears(-1), Utc(11, 30, 11).AddYears(-1)); // November 2025: before the trend

        var summary = await _host.SendAsync(new GetPerformanceSummary.Query());

        Assert.Equal(new DateOnly(2026, 11, 1), summary.ThisMonth.Month);
        Assert.Equal((1, 1, 100m, true), (summary.ThisMonth.OfferedInTime.Count, summary.ThisMonth.OfferedInTime.OutOf, summary.ThisMonth.OfferedInTime.Percent, summary.ThisMonth.OfferedInTime.TargetMet));
        Assert.Equal(12, summary.Trend.Count);
        Assert.Equal(new DateOnly(2025, 12, 1), summary.Trend[0].Month);
        Assert.Equal((0, 1, false), (summary.Trend[^2].OfferedInTime.Count, summary.Trend[^2].OfferedInTime.OutOf, summary.Trend[^2].OfferedInTime.TargetMet));
        Assert.Equal(2, summary.Trend.Sum(m => m.Eligible));
        Assert.Null(summary.ThisMonth.CompletedInTime); // not the North Somerset policy's standard
    }

    [Fact]
    public async Task R37_ATeamManagerOfAnotherTeam_CountsNoneOfTheseReturns()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        await ReturnAsync(child.Id, Utc(11, 7, 10), Utc(11, 8, 9));
        _host.Actor.Is(Roles.TeamManager, userId: "someone-without-a-team");

        var summary = await _host.SendAsync(new GetPerformanceSummary.Query());

        Assert.Equal(0, summary.ThisMonth.Eligible);
    }
}
