using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// Profile settings that shape a duty: what it asks for, who is brought in, and when it is not needed. Each is read by the
/// engine (<see cref="MissingChildren.Tests.Policy.ProfileSettingsAreReadTests"/>); these show what a worker sees because of it.
/// </summary>
public sealed class DutyEngineSettingsTests
{
    private static readonly DateTimeOffset Missing = DutyFixtures.InHours;

    [Theory]
    [InlineData(4, true)]
    [InlineData(3, false)]
    public void R9_urgent_contact_with_the_home_authority_comes_with_the_Director_letter(int notifications, bool expected)
    {
        var history = new HistoryFacts(notifications, 1, notifications);

        var plan = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child("CLAOtherAuthority"), DutyFixtures.Open(Missing), Missing, history);

        var urgent = plan.Of(TaskType.HomeAuthorityNotification, RuleIds.DirectorLetter).ToList();
        Assert.Equal(expected, urgent.Count == 1);
        if (expected)
        {
            var duty = urgent[0];
            Assert.Equal("Contact the home authority urgently (4 notifications about this child)", duty.Title);
            Assert.Equal((PolicyRole.FrontDoor, TeamKind.FrontDoor, Missing + DutyEngine.AtOnce), (duty.Role, duty.Team, duty.DueAt));
            Assert.True(DutyCompletion.IsRecordedDirectly(duty.Type, duty.RuleId));
        }
    }

    [Theory]
    [InlineData("CLA", ", inviting the Independent Reviewing Officer")]
    [InlineData("CP", ", inviting the Child Protection chair")]
    [InlineData("None", "")]
    public void R12_Medway_strategy_meeting_invites_the_IRO_or_the_CP_chair(string involvement, string invite)
    {
        var now = Missing.AddHours(49);

        var plan = DutyFixtures.Plan("Medway", DutyFixtures.Child(involvement), DutyFixtures.Open(Missing), now);

        Assert.Equal($"Hold a strategy meeting: missing 48 hours{invite}", Assert.Single(plan.Of(TaskType.StrategyMeeting)).Title);
    }

    [Fact]
    public void R12_a_profile_that_invites_no_one_names_no_one()
    {
        var plan = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child("CLA"), DutyFixtures.Open(Missing), Missing.AddHours(25));

        Assert.DoesNotContain("inviting", Assert.Single(plan.Of(TaskType.StrategyMeeting)).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void R13_Need_to_Know_names_the_senior_leaders_it_brings_in()
    {
        var plan = DutyFixtures.Plan("Medway", DutyFixtures.Child(), DutyFixtures.Open(Missing), Missing.AddHours(25));

        Assert.Equal("Start the Need-to-Know process: bring in the Head of Service", Assert.Single(plan.Of(TaskType.NeedToKnow)).Title);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(-2, true)]     // done before this episode began: another is needed
    [InlineData(2, false)]     // done while the child was missing
    public void R28_Somerset_CE_screen_is_not_asked_for_again_when_one_was_done_since_the_episode_began(int? doneHoursAfterMissing, bool expected)
    {
        var found = Missing.AddHours(30);
        var history = HistoryFacts.FirstEpisode with { CeAssessedAt = doneHoursAfterMissing is { } h ? Missing.AddHours(h) : null };

        var plan = DutyFixtures.Plan("Somerset", DutyFixtures.Child(age: 14), DutyFixtures.Returned(Missing, found), found, history);

        Assert.Equal(expected, plan.Of(TaskType.CeRiskAssessment, RuleIds.ExploitationAssessment).Any());
    }

    [Theory]
    [InlineData(true, "Write or update the trigger plan and share it with the police (3rd episode)")]
    [InlineData(false, "Write or update the trigger plan (3rd episode)")]
    public void R32_trigger_plan_asks_for_it_to_be_shared_with_the_police_where_the_profile_says(bool shared, string expected)
    {
        var northSomerset = PolicyProfileCatalog.Load("NorthSomerset");
        var profile = northSomerset with
        {
            AfterReturn = northSomerset.AfterReturn with { TriggerPlan = northSomerset.AfterReturn.TriggerPlan! with { SharedWithPolice = shared } },
        };
        var engine = new DutyEngine(profile, profile.CreateCalendar(DutyFixtures.BankHolidays, []));
        var found = Missing.AddHours(5);
        var episode = DutyFixtures.Returned(Missing, found);

        var plan = engine.Plan(DutyFixtures.Child("CIN"), episode, new HistoryFacts(3, 3, 3), new RhiFacts(DutyFixtures.RhiId, found), found);

        Assert.Equal(expected, Assert.Single(plan.Of(TaskType.TriggerPlan)).Title);
    }

    [Fact]
    public void R33_North_Somerset_professionals_meeting_asks_for_a_family_meeting_to_be_considered()
    {
        var found = Missing.AddHours(5);

        var plan = DutyFixtures.Plan("NorthSomerset", DutyFixtures.Child("CIN"), DutyFixtures.Returned(Missing, found), found, new HistoryFacts(3, 3, 3));

        Assert.EndsWith("; consider a family meeting too", Assert.Single(plan.Of(TaskType.ProfessionalsMeeting)).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void R33_Medway_professionals_meeting_does_not()
    {
        var plan = DutyFixtures.Plan("Medway", DutyFixtures.Child(), DutyFixtures.Open(Missing), Missing.AddHours(49));

        Assert.DoesNotContain("family meeting", Assert.Single(plan.Of(TaskType.ProfessionalsMeeting)).Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NorthSomerset", false, true)]
    [InlineData("NorthSomerset", true, false)] // the interview is recorded: nothing to follow up
    [InlineData("Medway", false, false)]       // a rule of North Somerset's only
    public void R3_Front_Door_follows_up_an_interview_not_recorded_72_hours_after_the_return(string profile, bool concluded, bool expected)
    {
        var found = Missing.AddHours(5);
        var engine = DutyFixtures.Engine(profile);
        var episode = DutyFixtures.Returned(Missing, found);
        var rhi = new RhiFacts(DutyFixtures.RhiId, found, Concluded: concluded);

        var before = engine.Plan(DutyFixtures.Child(), episode, HistoryFacts.FirstEpisode, rhi, found.AddHours(71));
        var after = engine.Plan(DutyFixtures.Child(), episode, HistoryFacts.FirstEpisode, rhi, found.AddHours(72));

        Assert.Empty(before.Of(TaskType.ReturnHomeInterview, RuleIds.ServiceRouting));
        var followUps = after.Of(TaskType.ReturnHomeInterview, RuleIds.ServiceRouting).ToList();
        Assert.Equal(expected, followUps.Count == 1);
        if (expected)
        {
            var duty = followUps[0];
            Assert.Equal((PolicyRole.FrontDoor, TeamKind.FrontDoor, DutyFixtures.RhiId), (duty.Role, duty.Team, duty.ReturnHomeInterviewId));
            Assert.True(DutyCompletion.IsRecordedDirectly(duty.Type, duty.RuleId));
        }
    }

    [Theory]
    [InlineData("Somerset", "CLAOtherAuthority", true)]
    [InlineData("Somerset", "CLA", false)]
    [InlineData("Statutory", "CLAOtherAuthority", false)] // the home authority does the interview (R8)
    public void R8_Somerset_sends_the_interview_form_of_another_authoritys_child_to_their_social_worker(string profile, string involvement, bool expected)
    {
        var found = Missing.AddHours(5);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(involvement), DutyFixtures.Returned(Missing, found), found);

        var send = plan.Of(TaskType.HomeAuthorityNotification, RuleIds.OtherAuthorityChild).Where(r => r.Title.Contains("send the form", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected, send.Count == 1);
        if (expected)
        {
            Assert.Equal((PolicyRole.RhiWorker, TeamKind.ReturnInterviewService), (send[0].Role, send[0].Team));
            Assert.True(send[0].DueAt > found.AddHours(72)); // after the interview is due to be completed
        }
    }

    [Fact]
    public void R29_only_Somerset_closes_a_prevention_plan_not_completed_with_its_reason()
    {
        Assert.True(DutyCompletion.MayCloseAsNotNeeded(TaskType.PreventionPlan, PolicyProfileCatalog.Load("Somerset")));
        Assert.False(DutyCompletion.MayCloseAsNotNeeded(TaskType.TriggerPlan, PolicyProfileCatalog.Load("Somerset")));
        Assert.False(DutyCompletion.MayCloseAsNotNeeded(TaskType.PreventionPlan, PolicyProfileCatalog.Load("NorthSomerset")));
    }
}
