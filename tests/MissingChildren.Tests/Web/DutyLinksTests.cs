using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Tests.Web;

/// <summary>Every duty the engine raises links, wherever it is shown, to where its owner does it.</summary>
public sealed class DutyLinksTests
{
    private static readonly Guid ChildId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid TaskId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly Guid RhiId = Guid.Parse("33333333-3333-3333-3333-333333333333");

    public static TheoryData<TaskType, string, bool, string> RaisedDuties => new()
    {
        { TaskType.HeadOfServiceAlert, RuleIds.LookedAfterMissing, false, "/children/11111111-1111-1111-1111-111111111111/duties/22222222-2222-2222-2222-222222222222" },
        { TaskType.IroNotification, RuleIds.NeedToKnow, false, "/children/11111111-1111-1111-1111-111111111111/duties/22222222-2222-2222-2222-222222222222" },
        { TaskType.StrategyMeeting, RuleIds.StrategyMeeting, false, "/children/11111111-1111-1111-1111-111111111111/meetings/new?type=StrategyMeeting" },
        { TaskType.ProfessionalsMeeting, RuleIds.ProfessionalsMeeting, false, "/children/11111111-1111-1111-1111-111111111111/meetings/new?type=ProfessionalsMeeting" },
        { TaskType.LongMissingReview, RuleIds.LongMissingReview, false, "/children/11111111-1111-1111-1111-111111111111/meetings/new?type=LongMissingReview&dutyId=22222222-2222-2222-2222-222222222222" },
        { TaskType.TriggerPlan, RuleIds.TriggerPlan, false, "/children/11111111-1111-1111-1111-111111111111/plans/trigger-plan" },
        { TaskType.PreventionPlan, RuleIds.PreventionPlan, false, "/children/11111111-1111-1111-1111-111111111111/plans/prevention-plan" },
        { TaskType.SocialWorkerContact, RuleIds.SocialWorkerContact, false, "/children/11111111-1111-1111-1111-111111111111/social-worker-contact" },
        { TaskType.CeRiskAssessment, RuleIds.ExploitationAssessment, false, "/children/11111111-1111-1111-1111-111111111111/risk-assessments/new" },
        { TaskType.CeRiskAssessment, RuleIds.OutOfHours, true, "/rhi/33333333-3333-3333-3333-333333333333" },
        { TaskType.ReturnHomeInterview, RuleIds.RhiOffer, true, "/rhi/33333333-3333-3333-3333-333333333333" },
        { TaskType.ReturnHomeInterview, RuleIds.ShortAbsence, false, "/authorisations/short-absences/22222222-2222-2222-2222-222222222222" },
        { TaskType.RhiFormRequest, RuleIds.OtherAuthorityChild, false, "/rhi" },
        { TaskType.ManagerAuthorisation, RuleIds.ManagerAuthorisation, true, "/authorisations/22222222-2222-2222-2222-222222222222" },
        { TaskType.DirectorLetter, RuleIds.DirectorLetter, false, "/authorisations/documents/22222222-2222-2222-2222-222222222222" },
        { TaskType.SeriousIncidentNotification, RuleIds.SeriousIncidentNotification, false, "/authorisations/documents/22222222-2222-2222-2222-222222222222" },
        { TaskType.PublicityDecision, RuleIds.PublicityDecision, false, "/children/11111111-1111-1111-1111-111111111111/duties/22222222-2222-2222-2222-222222222222" },
        { TaskType.Referral, RuleIds.ManagerAuthorisation, false, "/children/11111111-1111-1111-1111-111111111111/duties/22222222-2222-2222-2222-222222222222" },
        { TaskType.StrategyMeeting, RuleIds.ManagerAuthorisation, false, "/children/11111111-1111-1111-1111-111111111111/meetings/new?type=StrategyMeeting" },
        { TaskType.AgencyChecksConsent, RuleIds.NotOpenLongMissing, false, "/children/11111111-1111-1111-1111-111111111111/duties/22222222-2222-2222-2222-222222222222" },
        { TaskType.ReturnHomeInterview, RuleIds.NotOpenShortMissing, true, "/rhi/33333333-3333-3333-3333-333333333333" },
    };

    [Theory]
    [MemberData(nameof(RaisedDuties))]
    public void WhereDutyIsDone_LinksToThePageWhereItsRecordIsMade(TaskType type, string ruleId, bool hasRhi, string expected)
    {
        var action = Links.WhereDutyIsDone(ChildId, TaskId, type, ruleId, hasRhi ? RhiId : null);

        Assert.NotNull(action);
        Assert.Equal(expected, action.Href);
        Assert.False(string.IsNullOrWhiteSpace(action.Text));
    }

    [Fact]
    public void EveryTypeTheEngineRaises_HasAPlaceWhereItIsDone()
    {
        // The engine and the R30 builders raise these (DutyEngine*.cs, AuthorisationDuties.cs, AuthorisationDecision.DutiesRequired); each must be closable.
        TaskType[] raised =
        [
            TaskType.CeRiskAssessment, TaskType.CpCoordinatorNotification, TaskType.DirectorBriefing, TaskType.DirectorLetter,
            TaskType.HeadOfServiceAlert, TaskType.HomeAuthorityNotification, TaskType.IroNotification, TaskType.LongMissingReview,
            TaskType.ManagerAuthorisation, TaskType.NeedToKnow, TaskType.PreventionPlan, TaskType.ProfessionalsMeeting,
            TaskType.PublicityDecision, TaskType.ReturnHomeInterview, TaskType.RhiFormRequest, TaskType.SeriousIncidentNotification,
            TaskType.SocialWorkerContact, TaskType.StrategyMeeting, TaskType.TriggerPlan, TaskType.Referral, TaskType.AgencyChecksConsent,
        ];

        var without = raised.Where(t => Links.WhereDutyIsDone(ChildId, TaskId, t, "R0", RhiId) is null).ToList();

        Assert.Empty(without);
    }

    [Fact]
    public void R33_AProfessionalsMeetingGivenToThePolice_IsRecordedOnThePolicePage()
    {
        var action = Links.WhereDutyIsDone(ChildId, TaskId, TaskType.ProfessionalsMeeting, RuleIds.ProfessionalsMeeting, null, PolicyRole.Police);

        Assert.Equal("/police/duties/22222222-2222-2222-2222-222222222222", action?.Href);
    }

    [Fact]
    public void ANoticeAboutADuty_LinksToWhereItIsDone_NotOnlyItsEpisode()
    {
        var episodeId = Guid.NewGuid();
        var contact = new DutyTask
        {
            Id = TaskId, ChildId = ChildId, EpisodeId = episodeId, Type = TaskType.SocialWorkerContact, RuleId = RuleIds.SocialWorkerContact,
            DedupeKey = "k", Title = "Missing return SW follow-up contact", AssigneeRole = PolicyRole.SocialWorker,
        };
        var unknown = new DutyTask
        {
            // A duty type with no page of its own.
            Id = TaskId, ChildId = ChildId, EpisodeId = episodeId, Type = (TaskType)999, RuleId = "R99",
            DedupeKey = "k", Title = "Investigate", AssigneeRole = PolicyRole.Education,
        };

        Assert.Equal("/children/11111111-1111-1111-1111-111111111111/social-worker-contact", Links.DutyNotice(contact));
        Assert.Equal($"/episodes/{episodeId}", Links.DutyNotice(unknown));
    }
}
