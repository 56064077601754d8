using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.IntegrationTests.Duties;

/// <summary>
/// No duty nobody can close: for every profile, every kind of duty its engine can raise (<see cref="RaisedDuties"/>)
/// has an entry in <see cref="How"/>, saying how its owner closes it; a kind with no entry fails. Each kind done on a
/// form of its own is then done as its owner would: a user of the assignee role signs in, finds the duty where it is
/// shown to them, follows its link and posts the form, and the duty is closed. Kinds the protocol closes by a record made
/// elsewhere (the RHI's steps, the manager's decisions, filed documents, the SERAF form sent for authorisation) must
/// open for their owner from that link; the test named in <see cref="How"/> proves the record closes them.
/// </summary>
public abstract class NoOrphanDutyTests
{
    /// <summary>How a duty is closed, and the tests that prove it where it is not a plain form.</summary>
    public enum Closer
    {
        /// <summary>"Record done" with what was done (DutyCompletion.IsRecordedDirectly).</summary>
        RecordedDone,
        Meeting,
        SocialWorkerContact,
        Plan,
        PoliceMeeting,

        /// <summary>The RHI's forms: RhiPageTests, OutOfHoursRhiTests, UnderEightRhiTests, LookedAfterChoiceDutyTests, RhiClockTests (R19, R21), NotKnownToServicesTests (R5).</summary>
        ReturnInterview,

        /// <summary>The home authority's form marked received on the RHI tray: RhiPageTests (R8).</summary>
        HomeAuthorityForm,

        /// <summary>The SERAF form sent for authorisation: RiskAssessmentTests.</summary>
        RiskAssessment,

        /// <summary>R34's decision: ShortAbsenceDecisionTests.</summary>
        ShortAbsenceDecision,

        /// <summary>R30's decision: AuthorisationQueueTests.</summary>
        Authorisation,

        /// <summary>R9, R31 filed as a PDF: DocumentPreparationTests.</summary>
        Document,

        /// <summary>R41, R42, R44: the record of a partner told or referred to (who, how, when; the NRM reference).</summary>
        PartnerRecord,
    }

    /// <summary>Every kind of duty and how it is closed; a role given only where it changes the way (R33 police).</summary>
    private static readonly Dictionary<(TaskType, string, PolicyRole?), Closer> How = new()
    {
        [(TaskType.HeadOfServiceAlert, RuleIds.LookedAfterMissing, null)] = Closer.RecordedDone,
        [(TaskType.HeadOfServiceAlert, RuleIds.StrategyMeeting, null)] = Closer.RecordedDone,
        [(TaskType.IroNotification, RuleIds.LookedAfterMissing, null)] = Closer.RecordedDone,
        [(TaskType.IroNotification, RuleIds.NeedToKnow, null)] = Closer.RecordedDone,
        [(TaskType.CpCoordinatorNotification, RuleIds.ChildProtectionMissing, null)] = Closer.RecordedDone,
        [(TaskType.HomeAuthorityNotification, RuleIds.OtherAuthorityChild, null)] = Closer.RecordedDone,
        [(TaskType.HomeAuthorityNotification, RuleIds.DirectorLetter, null)] = Closer.RecordedDone,
        [(TaskType.ReturnHomeInterview, RuleIds.ServiceRouting, null)] = Closer.RecordedDone,
        [(TaskType.AgencyChecksConsent, RuleIds.NotOpenLongMissing, null)] = Closer.RecordedDone,
        [(TaskType.NeedToKnow, RuleIds.NeedToKnow, null)] = Closer.RecordedDone,
        [(TaskType.DirectorBriefing, RuleIds.DirectorBriefing, null)] = Closer.RecordedDone,
        [(TaskType.PublicityDecision, RuleIds.PublicityDecision, null)] = Closer.RecordedDone,
        [(TaskType.DailyCheck, RuleIds.DailyOversight, null)] = Closer.RecordedDone,
        [(TaskType.StrategyMeeting, RuleIds.StrategyMeeting, null)] = Closer.Meeting,
        [(TaskType.LongMissingReview, RuleIds.LongMissingReview, null)] = Closer.Meeting,
        [(TaskType.ProfessionalsMeeting, RuleIds.ProfessionalsMeeting, null)] = Closer.Meeting,
        [(TaskType.ProfessionalsMeeting, RuleIds.ProfessionalsMeeting, PolicyRole.Police)] = Closer.PoliceMeeting,
        [(TaskType.SocialWorkerContact, RuleIds.SocialWorkerContact, null)] = Closer.SocialWorkerContact,
        [(TaskType.PreventionPlan, RuleIds.PreventionPlan, null)] = Closer.Plan,
        [(TaskType.TriggerPlan, RuleIds.TriggerPlan, null)] = Closer.Plan,
        [(TaskType.ReturnHomeInterview, RuleIds.RhiOffer, null)] = Closer.ReturnInterview,
        [(TaskType.ReturnHomeInterview, RuleIds.OutOfHours, null)] = Closer.ReturnInterview,
        [(TaskType.ReturnHomeInterview, RuleIds.LookedAfterChoice, null)] = Closer.ReturnInterview,
        [(TaskType.ReturnHomeInterview, RuleIds.RhiAllocation, null)] = Closer.ReturnInterview,
        [(TaskType.ReturnHomeInterview, RuleIds.RhiCompletion, null)] = Closer.ReturnInterview,
        [(TaskType.ReturnHomeInterview, RuleIds.NotOpenShortMissing, null)] = Closer.ReturnInterview,
        [(TaskType.CeRiskAssessment, RuleIds.OutOfHours, null)] = Closer.ReturnInterview,
        [(TaskType.ReturnHomeInterview, RuleIds.ShortAbsence, null)] = Closer.ShortAbsenceDecision,
        [(TaskType.RhiFormRequest, RuleIds.OtherAuthorityChild, null)] = Closer.HomeAuthorityForm,
        [(TaskType.CeRiskAssessment, RuleIds.ExploitationAssessment, null)] = Closer.RiskAssessment,
        [(TaskType.ManagerAuthorisation, RuleIds.ManagerAuthorisation, null)] = Closer.Authorisation,
        [(TaskType.DirectorLetter, RuleIds.DirectorLetter, null)] = Closer.Document,
        [(TaskType.SeriousIncidentNotification, RuleIds.SeriousIncidentNotification, null)] = Closer.Document,
        [(TaskType.OtherAuthorityNotification, RuleIds.MissingFamily, null)] = Closer.PartnerRecord,
        [(TaskType.OtherAuthorityNotification, RuleIds.OtherAreaTold, null)] = Closer.PartnerRecord,
        [(TaskType.NrmReferral, RuleIds.NrmReferral, null)] = Closer.PartnerRecord,
    };

    private static readonly Closer[] Forms = [Closer.RecordedDone, Closer.Meeting, Closer.SocialWorkerContact, Closer.Plan, Closer.PoliceMeeting, Closer.PartnerRecord];

    private static readonly string[] Profiles = ["Statutory", "NorthSomerset", "Somerset", "Medway", "Rutland"];

    private static readonly Lazy<Dictionary<string, IReadOnlySet<DutyKind>>> Raised =
        new(() => Profiles.ToDictionary(p => p, RaisedDuties.In, StringComparer.Ordinal));

    private readonly AppFactory _app;
    private readonly TestData _data;

    protected NoOrphanDutyTests(AppFactory app)
    {
        AppFactory.SkipUnlessAvailable(app.Provider);
        _app = app;
        _data = new TestData(app);
    }

    private static Closer? Of(DutyKind kind) =>
        How.TryGetValue((kind.Type, kind.RuleId, kind.Role), out var exact) ? exact
        : How.TryGetValue((kind.Type, kind.RuleId, null), out var any) ? any : null;

    public static TheoryData<string> ProfileNames => [.. Profiles];

    /// <summary>Every kind raised in any profile, with a form of its own (RecordedDone, meetings, contact, plans, police).</summary>
    public static TheoryData<string, string, string> FormKinds =>
        [.. Raised.Value.Values.SelectMany(k => k).Distinct().Where(k => Of(k) is { } c && Forms.Contains(c))
            .OrderBy(k => k.ToString(), StringComparer.Ordinal).Select(k => (k.Type.ToString(), k.RuleId, k.Role.ToString()))];

    /// <summary>Every other kind raised in any profile: closed by a record made elsewhere.</summary>
    public static TheoryData<string, string, string> RecordKinds =>
        [.. Raised.Value.Values.SelectMany(k => k).Distinct().Where(k => Of(k) is { } c && !Forms.Contains(c))
            .OrderBy(k => k.ToString(), StringComparer.Ordinal).Select(k => (k.Type.ToString(), k.RuleId, k.Role.ToString()))];

    [Theory]
    [MemberData(nameof(ProfileNames))]
    public void EveryDutyTheProfileRaises_HasAWayItsOwnerClosesIt(string profile)
    {
        var unknown = Raised.Value[profile].Where(k => Of(k) is null).Select(k => k.ToString()).Order(StringComparer.Ordinal).ToList();

        Assert.True(unknown.Count == 0, $"{profile} raises duties nobody can close: {string.Join("; ", unknown)}");
        Assert.Contains(new DutyKind(TaskType.ReturnHomeInterview, RuleIds.RhiOffer, profile == "Somerset" ? PolicyRole.SocialWorker : PolicyRole.RhiWorker), Raised.Value[profile]);
    }

    [Theory]
    [MemberData(nameof(FormKinds))]
    public async Task TheOwner_FollowsTheDutysLink_AndPostingTheFormClosesIt(string type, string ruleId, string role)
    {
        var (client, duty, shownAt) = await DutyForOwnerAsync(Enum.Parse<TaskType>(type), ruleId, Enum.Parse<PolicyRole>(role));
        var where = await client.GetAsync(shownAt);
        var link = DutyLink(where, duty);

        var form = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var result = await client.SubmitAsync(form, Filled(form), "main form[method=post]");

        Assert.True(result.StatusCode == HttpStatusCode.Redirect, $"{link}: {result.StatusCode} {string.Join("; ", result.ErrorSummary)}");
        Assert.NotEqual(DutyStatus.Open, (await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id))).Status);
    }

    [Theory]
    [MemberData(nameof(RecordKinds))]
    public async Task TheOwner_FollowsTheDutysLink_ToWhereItsRecordIsMade(string type, string ruleId, string role)
    {
        var (client, duty, shownAt) = await DutyForOwnerAsync(Enum.Parse<TaskType>(type), ruleId, Enum.Parse<PolicyRole>(role));
        var where = await client.GetAsync(shownAt);
        var link = DutyLink(where, duty);

        var page = await client.GetAsync(link);

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{type} {ruleId} for {role}: {link} answered {page.StatusCode}");
    }

    /// <summary>
    /// A child of a team of its own with one open duty of this kind given to a new user of its role in that team (an RHI
    /// for an RHI duty, allocated to them when they are its worker); the client signed in as that user; and the page
    /// that shows them the duty (the child's summary; the police their own page).
    /// </summary>
    private async Task<(HtmlClient Client, DutyTask Duty, string ShownAt)> DutyForOwnerAsync(TaskType type, string ruleId, PolicyRole role)
    {
        var team = await _data.TeamAsync();
        var worker = await _data.WorkerAsync(role.ToString(), team);
        var child = await _data.ChildAsync("CIN", team, role == PolicyRole.SocialWorker ? worker : null);
        Guid? rhiId = null;
        var onRhi = type is TaskType.ReturnHomeInterview or TaskType.ManagerAuthorisation || ruleId == RuleIds.OutOfHours;
        if (onRhi || role == PolicyRole.RhiWorker)
        {
            var rhi = new ReturnHomeInterview
            {
                ChildId = child.Id, Status = RhiStatus.Requested, RequestedAt = _data.Now, OfferDueAt = _data.Now.AddHours(72), AllocatedTeamId = team.Id,
                AllocatedWorkerId = role == PolicyRole.RhiWorker ? worker.Id : null,
            };
            await _app.WithDbAsync(db => { db.ReturnHomeInterviews.Add(rhi); return db.SaveChangesAsync(); });
            rhiId = rhi.Id;
        }

        // The episode the duty belongs to: missing six hours, returned an hour ago (the sweep is not run, so it raises nothing).
        var episode = new MissingEpisode
        {
            ChildId = child.Id, Category = EpisodeCategory.Missing, Status = EpisodeStatus.Returned, MissingFrom = _data.Now.AddHours(-6),
            ReportedAt = _data.Now.AddHours(-5), NotifiedAt = _data.Now.AddHours(-5), FoundAt = _data.Now.AddHours(-1), ReturnKnownAt = _data.Now.AddHours(-1),
            HoldingTeamId = team.Id, ReturnHomeInterviewId = onRhi ? rhiId : null, EpisodeNumber = 1, EpisodesInLast90Days = 1, NotificationsAboutChild = 1,
        };
        await _app.WithDbAsync(db => { db.Episodes.Add(episode); return db.SaveChangesAsync(); });
        var duty = new DutyTask
        {
            ChildId = child.Id, EpisodeId = episode.Id, ReturnHomeInterviewId = onRhi ? rhiId : null, Type = type, RuleId = ruleId, DedupeKey = $"no-orphan/{Guid.NewGuid():N}",
            Title = $"No-orphan test: {MissingChildren.Web.Infrastructure.Web.Words.Of(type)} ({ruleId})", Status = DutyStatus.Open, RaisedAt = _data.Now, DueAt = _data.Now.AddDays(1),
            AssigneeRole = role, AssigneeTeamId = team.Id, AssigneeUserId = role == PolicyRole.SocialWorker ? worker.Id : null,
        };
        await _app.WithDbAsync(db => { db.DutyTasks.Add(duty); return db.SaveChangesAsync(); });
        var client = await _app.SignedInAsync(worker);
        return (client, duty, role == PolicyRole.Police ? "/police" : $"/children/{child.Id}");
    }

    /// <summary>The duty's link on the page that shows it: the one naming the duty, or in the duty's own row.</summary>
    private static string DutyLink(HtmlClient.Page where, DutyTask duty)
    {
        Assert.Equal(HttpStatusCode.OK, where.StatusCode);
        var row = where.Document.QuerySelectorAll("tr").FirstOrDefault(r => r.TextContent.Contains(duty.Title, StringComparison.Ordinal));
        var link = row?.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).LastOrDefault(h => !h.StartsWith("/children/" + duty.ChildId + "#", StringComparison.Ordinal));
        Assert.True(link is not null, $"{duty.Title}: no link where it is shown ({where.Url})");
        return link;
    }

    /// <summary>Fills every field of the page's form as a person would: dates now, a choice already made or the first, words in every text.</summary>
    private Dictionary<string, string?> Filled(HtmlClient.Page page)
    {
        var form = (IHtmlFormElement)page.Document.QuerySelector("main form[method=post]")!;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var at = _data.Now.AddHours(-1); // November: UK time is UTC
        foreach (var input in form.QuerySelectorAll("input, textarea, select"))
        {
            var name = input.GetAttribute("name");
            if (name is null || input.GetAttribute("type") is "hidden" or "checkbox")
            {
                continue;
            }

            values[name] = name switch
            {
                _ when name.EndsWith(".Day", StringComparison.Ordinal) => at.Day.ToString(CultureInfo.InvariantCulture),
                _ when name.EndsWith(".Month", StringComparison.Ordinal) => at.Month.ToString(CultureInfo.InvariantCulture),
                _ when name.EndsWith(".Year", StringComparison.Ordinal) => at.Year.ToString(CultureInfo.InvariantCulture),
                _ when name.EndsWith(".Time", StringComparison.Ordinal) => at.ToString("HH:mm", CultureInfo.InvariantCulture),
                _ when input.GetAttribute("type") == "radio" => values.GetValueOrDefault(name)
                    ?? form.QuerySelector($"input[name='{name}'][checked]")?.GetAttribute("value") ?? input.GetAttribute("value"),
                _ when input is IHtmlSelectElement select => select.Options.Select(o => o.Value).FirstOrDefault(v => v.Length > 0),
                _ => "Done as the protocol asks (no-orphan duty test)",
            };
        }

        return values;
    }
}

public sealed class NoOrphanDutyTestsOnSqlite(SqliteAppFactory app) : NoOrphanDutyTests(app), IClassFixture<SqliteAppFactory>;
