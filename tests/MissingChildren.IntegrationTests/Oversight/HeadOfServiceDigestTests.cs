using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.IntegrationTests.Oversight;

/// <summary>
/// R35 (001 §5.2): the Head of Service update e-mailed each working morning under North Somerset's profile: a fixed subject,
/// one line a child by local ID with no name, date of birth or free text, a link to the report, once a day however often it runs.
/// </summary>
public abstract class HeadOfServiceDigestTests
{
    private readonly AppFactory _app;
    private readonly TestData _data;

    protected HeadOfServiceDigestTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    /// <summary>The digests the demo Head of Service was sent, by file, so a test can tell the new from those before.</summary>
    private Dictionary<string, MimeMessage> DigestsToTheHeadOfService() =>
        Directory.Exists(_app.MailFolder)
            ? Directory.GetFiles(_app.MailFolder, "*.eml").Select(file => (file, mail: MimeMessage.Load(file)))
                .Where(m => m.mail.Subject == SendHeadOfServiceDigest.Subject && m.mail.To.Mailboxes.Any(b => b.Address == DemoUsers.EmailFor(Roles.HeadOfService)))
                .ToDictionary(m => m.file, m => m.mail, StringComparer.Ordinal)
            : [];

    /// <summary>The next working day's morning: a day no digest has been sent yet.</summary>
    private async Task NextWorkingMorningAsync()
    {
        var calendar = _app.Services.GetRequiredService<LivePolicy>().Current.Calendar;
        await _data.AdvanceToAsync(calendar.NextWorkingDayStart(_data.Now.AddHours(12)).AddMinutes(-90));
    }

    [Fact]
    public async Task OnAWorkingMorning_EachHeadOfService_GetsOneLineAChildByLocalId_WithNoNameOrDetails_AndALinkToTheReport()
    {
        await NextWorkingMorningAsync();
        var child = await _data.ChildAsync("CLA", await _data.TeamAsync(), firstName: "Zephyrine", dateOfBirth: "2012-03-09");
        await _data.MissingAsync(child, hoursAgo: 5);
        var before = DigestsToTheHeadOfService();

        var result = await _app.SendAsync(new SendHeadOfServiceDigest.Command());

        Assert.True(result.Sent >= 1);
        var mail = Assert.Single(DigestsToTheHeadOfService(), m => !before.ContainsKey(m.Key)).Value;
        Assert.Equal("MissingChildren: the Head of Service update", mail.Subject);
        var body = mail.TextBody ?? "";
        var line = Assert.Single(body.Split('\n'), l => l.StartsWith(child.LocalId + ":", StringComparison.Ordinal));
        Assert.StartsWith($"{child.LocalId}: Yes; ", line, StringComparison.Ordinal);
        Assert.Contains("https://missing-children.test/reports/head-of-service-update", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Zephyrine", body, StringComparison.Ordinal);
        Assert.DoesNotContain(child.LastName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("2012", body, StringComparison.Ordinal);
        var names = await _app.WithDbAsync(db => db.Children.Select(c => c.FirstName + " " + c.LastName).ToListAsync());
        Assert.DoesNotContain(names, name => body.Contains(name, StringComparison.Ordinal));
        Assert.DoesNotContain("Weston bus station", body, StringComparison.Ordinal); // the report's free text stays in the service
    }

    [Fact]
    public async Task RunTwiceTheSameDay_AsTwoNodesMight_TheHeadOfServiceGetsOneDigest()
    {
        _app.AdvanceIntoWorkingHours();
        await _app.SendAsync(new SendHeadOfServiceDigest.Command());
        var afterFirst = DigestsToTheHeadOfService().Count;

        var again = await _app.SendAsync(new SendHeadOfServiceDigest.Command());

        Assert.Equal(0, again.Sent);
        Assert.Equal(afterFirst, DigestsToTheHeadOfService().Count);
    }

    [Fact]
    public async Task OnAWeekend_NoDigestIsSent()
    {
        _app.AdvanceIntoWorkingHours();
        var now = _data.Now;
        var saturday = now.AddDays(((int)DayOfWeek.Saturday - (int)now.DayOfWeek + 7) % 7).Date.AddHours(8);
        await _data.AdvanceToAsync(new DateTimeOffset(saturday, TimeSpan.Zero)); // November: UK time is UTC
        var before = DigestsToTheHeadOfService().Count;

        var result = await _app.SendAsync(new SendHeadOfServiceDigest.Command());

        Assert.Equal(0, result.Sent);
        Assert.Equal(before, DigestsToTheHeadOfService().Count);
    }
}

public sealed class HeadOfServiceDigestTestsOnSqlite(SqliteAppFactory app) : HeadOfServiceDigestTests(app), IClassFixture<SqliteAppFactory>;

public sealed class HeadOfServiceDigestTestsOnPostgreSql(PostgreSqlAppFactory app) : HeadOfServiceDigestTests(app), IClassFixture<PostgreSqlAppFactory>;
