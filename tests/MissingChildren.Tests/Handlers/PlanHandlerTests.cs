using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Plans;
using MissingChildren.Web.Features.Plans;

namespace MissingChildren.Tests.Handlers;

/// <summary>Saving a trigger or prevention plan (R29, R32): each save a new version, an edit from an old version a conflict.</summary>
public sealed class PlanHandlerTests : IAsyncLifetime
{
    private HandlerHost _host = default!;

    public async ValueTask InitializeAsync() => _host = await HandlerHost.CreateAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static SavePlan.Command Plan(Guid childId, Guid? version, string background = "Placed in Weston since May.") =>
        new(childId, PlanType.TriggerPlan, version, background, "Ring her phone, then the police.", "Check the bus station first.",
            "  ", null, null, null, null);

    private Task<Guid> CurrentVersionAsync(Guid childId) =>
        _host.WithDbAsync(db => db.Plans.Where(p => p.ChildId == childId && p.IsCurrent).Select(p => p.Version).SingleAsync());

    [Fact]
    public async Task Save_WithoutTheRequiredParts_IsRefusedAndSavesNothing()
    {
        var (_, child) = await _host.AllocatedChildAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => _host.SendAsync(new SavePlan.Command(child.Id, PlanType.TriggerPlan, null, "", null, " ", null, null, null, null, null)));

        Assert.Equal(
            ["Enter the background", "Enter the police actions and important information", "Enter what carers or parents do if the child goes missing"],
            error.Errors.Select(e => e.ErrorMessage).Order(StringComparer.Ordinal));
        Assert.Equal(0, await _host.WithDbAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task Save_First_IsVersionOne_WithBlanksAsNothing_ByTheActorNow()
    {
        var (_, child) = await _host.AllocatedChildAsync();

        var number = await _host.SendAsync(Plan(child.Id, null));

        Assert.Equal(1, number);
        var plan = await _host.WithDbAsync(db => db.Plans.SingleAsync(p => p.ChildId == child.Id));
        Assert.True(plan.IsCurrent);
        Assert.Null(plan.FrequentedPlaces);
        Assert.Equal("Placed in Weston since May.", plan.Background);
        Assert.Equal((HandlerHost.StartTime, "front-door@example.org"), (plan.SavedAt, plan.SavedBy));
    }

    [Fact]
    public async Task Save_FromTheCurrentVersion_KeepsTheEarlierOne()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        await _host.SendAsync(Plan(child.Id, null));

        var number = await _host.SendAsync(Plan(child.Id, await CurrentVersionAsync(child.Id), "Moved to Clevedon."));

        Assert.Equal(2, number);
        var plans = await _host.WithDbAsync(db => db.Plans.Where(p => p.ChildId == child.Id).OrderBy(p => p.VersionNumber).ToListAsync());
        Assert.Equal([(1, false, "Placed in Weston since May."), (2, true, "Moved to Clevedon.")], plans.Select(p => (p.VersionNumber, p.IsCurrent, p.Background)));
    }

    [Fact]
    public async Task Save_FromAnOldVersionOrAsNewWhenOneExists_IsAConflict()
    {
        var (_, child) = await _host.AllocatedChildAsync();
        await _host.SendAsync(Plan(child.Id, null));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => _host.SendAsync(Plan(child.Id, Guid.NewGuid())));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => _host.SendAsync(Plan(child.Id, null)));

        Assert.Equal(1, await _host.WithDbAsync(db => db.Plans.CountAsync(p => p.ChildId == child.Id)));
    }

    [Theory]
    [InlineData(PlanType.TriggerPlan, TaskType.TriggerPlan, RuleIds.TriggerPlan, TaskType.PreventionPlan, RuleIds.PreventionPlan)]
    [InlineData(PlanType.PreventionPlan, TaskType.PreventionPlan, RuleIds.PreventionPlan, TaskType.TriggerPlan, RuleIds.TriggerPlan)]
    public async Task Save_R29_R32_ClosesTheDutyToWriteThatPlanOnly(PlanType type, TaskType discharged, string rule, TaskType other, string otherRule)
    {
        var (_, child) = await _host.AllocatedChildAsync();
        var duty = await DutyAsync(child.Id, discharged, rule);
        var untouched = await DutyAsync(child.Id, other, otherRule);
        _host.Clock.Advance(TimeSpan.FromMinutes(20));

        await _host.SendAsync(Plan(child.Id, null) with { Type = type });

        var duties = await _host.WithDbAsync(db => db.DutyTasks.Where(t => t.ChildId == child.Id).ToDictionaryAsync(t => t.Id));
        Assert.Equal((DutyStatus.Done, HandlerHost.StartTime.AddMinutes(20)), (duties[duty.Id].Status, duties[duty.Id].ClosedAt));
        Assert.Contains("version 1 saved", duties[duty.Id].ClosedReason, StringComparison.Ordinal);
        Assert.Equal(DutyStatus.Open, duties[untouched.Id].Status);
    }

    private Task<DutyTask> DutyAsync(Guid childId, TaskType type, string rule) => _host.AddAsync(new DutyTask
    {
        ChildId = childId, Type = type, RuleId = rule, DedupeKey = $"test/{Guid.NewGuid():N}", Title = $"{type} ({rule})",
        Status = DutyStatus.Open, RaisedAt = HandlerHost.StartTime.AddHours(-1), DueAt = HandlerHost.StartTime.AddHours(4), AssigneeRole = MissingChildren.Domain.Policy.PolicyRole.SocialWorker,
    });
}
