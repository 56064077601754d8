using FluentValidation;
using Microsoft.EntityFrameworkCore;
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
}
