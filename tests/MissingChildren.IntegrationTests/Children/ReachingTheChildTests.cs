using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Plans;
using MissingChildren.IntegrationTests.ReturnInterviews;
using static MissingChildren.Testing.TestData;

namespace MissingChildren.IntegrationTests.Children;

/// <summary>
/// Reaching the child's record from the screens that name them: the name links to <c>/children/{id}</c> where the
/// signed-in person may open it (ChildAccess) and is plain where they may not; the episode page names the child with
/// where and how they went missing; Front Door's own duties (R8) are listed with where each is done; the RHI page holds
/// the child's contact details and the people to contact (R20, R25).
/// </summary>
public abstract class ReachingTheChildTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;
    private readonly RhiTestData _rhis;

    protected ReachingTheChildTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
        _rhis = new RhiTestData(app);
    }

    [Fact]
    public async Task EpisodePage_NamesTheChild_WithWhereAndHowTheyWentMissing_AndLinksToTheirRecord()
    {
        var child = await _data.ChildAsync(involvement: "CP");
        var body = await _data.NotifyAsync(new
        {
            source = "Police", sourceReference = Unique("POL-"), kind = "Missing", child = new { localId = child.LocalId },
            missingFrom = Iso(_data.Now.AddHours(-3)), reportedAt = Iso(_data.Now.AddHours(-2)), policeRiskLevel = "High",
            lastSeenLocation = "Weston bus station", circumstances = "Left school at lunchtime with two older boys",
        });
        var episodeId = (string)body["episodeId"]!;

        var page = await (await _app.SignedInAsync(Roles.FrontDoor)).GetAsync($"/episodes/{episodeId}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var name = page.Document.QuerySelector("[data-testid=episode-child] a")!;
        Assert.Equal($"{child.FirstName} {child.LastName}", name.TextContent);
        Assert.Equal($"/children/{child.Id}", name.GetAttribute("href"));
        Assert.Contains("Weston bus station", page.Document.QuerySelector("[data-testid=last-seen]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Left school at lunchtime with two older boys", page.Document.QuerySelector("[data-testid=circumstances]")!.TextContent);
        Assert.DoesNotContain($"Child {child.LocalId}", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrontDoorDuties_ListTheHomeAuthorityDuty_WithTheChildAndRecordDone()
    {
        // R8: another authority's looked-after child placed here goes missing: Front Door tells the home authority.
        var child = await _data.ChildAsync(involvement: "CLAOtherAuthority", homeAuthority: "Bristol City Council");
        var episodeId = await _data.MissingAsync(child);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.AsNoTracking()
            .SingleAsync(t => t.EpisodeId == episodeId && t.Type == TaskType.HomeAuthorityNotification && t.Status == DutyStatus.Open));
        var client = await _app.SignedInAsync(Roles.FrontDoor);

        var queue = await client.GetAsync("/front-door");
        Assert.NotNull(queue.Document.QuerySelector("nav a[href='/front-door/duties']"));
        var page = await client.GetAsync("/front-door/duties");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var row = page.Document.QuerySelectorAll("[data-testid=front-door-duty]").Single(r => r.QuerySelector($"a[href='/children/{child.Id}']") is not null);
        Assert.Contains(duty.Title, row.TextContent, StringComparison.Ordinal);
        var recordDone = row.QuerySelector($"a[href='/children/{child.Id}/duties/{duty.Id}']")!;
        Assert.StartsWith("Record done", recordDone.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(recordDone.GetAttribute("href")!)).StatusCode);
    }

    [Fact]
    public async Task RhiTray_LinksTheChildTheWorkerMayOpen_AndNamesWithoutALinkOneTheyMayNot()
    {
        // ChildAccess: an RHI worker opens the children of the RHIs allocated to them; an unallocated one their team holds
        // is in their tray, but its child is not theirs to open yet.
        var allocated = await _rhis.AllocatedRhiAsync();
        var unallocated = await _rhis.RequestedRhiAsync();
        var (allocatedChild, unallocatedChild) = await _app.WithDbAsync(async db => (
            await db.ReturnHomeInterviews.Where(r => r.Id == allocated).Select(r => r.ChildId).SingleAsync(),
            await db.ReturnHomeInterviews.Where(r => r.Id == unallocated).Select(r => r.ChildId).SingleAsync()));
        var client = await _app.SignedInAsync(Roles.RhiWorker);

        var (_, mine) = await RhiTestData.TrayRowAsync(client, allocated);
        var (_, theTeams) = await RhiTestData.TrayRowAsync(client, unallocated);

        Assert.NotNull(mine.QuerySelector($"a[href='/children/{allocatedChild}']"));
        Assert.Null(theTeams.QuerySelector("a[href^='/children/']"));
        Assert.Contains("Casey Tester", theTeams.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/children/{unallocatedChild}")).StatusCode);
    }

    [Fact]
    public async Task RhiPage_ShowsTheChildsAddress_TheirSocialWorker_AndThePeopleTheTriggerPlanNames()
    {
        var rhiId = await _rhis.AllocatedRhiAsync();
        var childId = await _app.WithDbAsync(async db =>
        {
            var rhi = await db.ReturnHomeInterviews.SingleAsync(r => r.Id == rhiId);
            var worker = await db.Users.SingleAsync(u => u.Email == DemoUsers.EmailFor(Roles.SocialWorker));
            worker.PhoneNumber = "01934 888 001";
            var child = await db.Children.SingleAsync(c => c.Id == rhi.ChildId);
            child.AllocatedWorkerId = worker.Id;
            db.Plans.Add(new Plan
            {
                ChildId = child.Id, Type = PlanType.TriggerPlan, SavedAt = _data.Now, SavedBy = "Test social worker",
                FamilyMembers = "Jo Tester, mother, 07700 900123\nSam Tester, uncle, 07700 900456",
                Professionals = "School: Mrs Patel, 01934 111 222",
            });
            await db.SaveChangesAsync();
            return child.Id;
        });

        var page = await (await _app.SignedInAsync(Roles.RhiWorker)).GetAsync($"/rhi/{rhiId}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var contacts = page.Document.QuerySelector("[data-testid=contacts]")!;
        Assert.NotNull(contacts.QuerySelector($"a[href='/children/{childId}']"));
        Assert.Equal("1 High Street, Weston-super-Mare, BS23 1AA", contacts.QuerySelector("[data-testid=child-address]")!.TextContent);
        var socialWorker = contacts.QuerySelector("[data-testid=social-worker]")!.TextContent;
        Assert.Contains("01934 888 001", socialWorker, StringComparison.Ordinal);
        Assert.Contains("Corporate Parenting", socialWorker, StringComparison.Ordinal);
        Assert.Equal(["Jo Tester, mother, 07700 900123", "Sam Tester, uncle, 07700 900456"],
            contacts.QuerySelectorAll("[data-testid=family-members] li").Select(li => li.TextContent));
        Assert.Contains("Mrs Patel, 01934 111 222", contacts.QuerySelector("[data-testid=professionals]")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class ReachingTheChildTestsOnSqlite(SqliteAppFactory app) : ReachingTheChildTests(app), IClassFixture<SqliteAppFactory>;

public sealed class ReachingTheChildTestsOnPostgreSql(PostgreSqlAppFactory app) : ReachingTheChildTests(app), IClassFixture<PostgreSqlAppFactory>;
