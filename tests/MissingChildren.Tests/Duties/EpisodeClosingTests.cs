using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// When an episode closes (R8 001 §4.1 "complete the missing episode" without our RHI; R30 001 §3.2 nothing is
/// finalised until the child is found and the RHI is done, refused, or the absence found unauthorised; R34 004 step 6),
/// for each built-in profile. Helpers are in DutyFixtures.cs.
/// </summary>
public sealed class EpisodeClosingTests
{
    private static readonly DateTimeOffset Missing = DutyFixtures.InHours.AddHours(-6);
    private static readonly DateTimeOffset Found = DutyFixtures.InHours.AddHours(-1);

    private static EpisodeClosingFacts Facts(string profile, string involvement, EpisodeCategory category = EpisodeCategory.Missing,
        DateTimeOffset? formReceived = null, bool hasRhi = false, int openDuties = 0, bool shortAbsenceNo = false)
    {
        var returned = DutyFixtures.Returned(Missing, Found, category) with { RhiFormReceivedAt = formReceived };
        return DutyFixtures.Engine(profile).ClosingFacts(DutyFixtures.Child(involvement), returned, hasRhi, openDuties, shortAbsenceNo);
    }

    [Theory]
    [InlineData("NorthSomerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    [InlineData("Statutory")]
    public void R8_HomeAuthoritysChild_ClosesOnlyOnceTheirFormIsReceived(string profile)
    {
        Assert.Null(EpisodeClosing.ConditionMet(Facts(profile, "CLAOtherAuthority")));
        Assert.Contains("The home authority's return home interview form has not been received (R8)", EpisodeClosing.Outstanding(Facts(profile, "CLAOtherAuthority")));

        Assert.Equal(EpisodeClosure.HomeAuthorityFormReceived, EpisodeClosing.ConditionMet(Facts(profile, "CLAOtherAuthority", formReceived: Found)));
    }

    [Fact]
    public void R8_Somerset_OffersTheInterviewItself_SoTheEpisodeWaitsForItsAuthorisation()
    {
        // 002 §8.1.2: the Family Intervention Service offers the RHI to another authority's child placed in Somerset.
        var facts = Facts("Somerset", "CLAOtherAuthority", hasRhi: true);

        Assert.False(facts.HomeAuthorityDoesInterview);
        Assert.Null(EpisodeClosing.ConditionMet(facts));
        Assert.Contains("A manager authorises the return home interview once it is done, declined or recorded as no contact (R30)", EpisodeClosing.Outstanding(facts));
    }

    [Theory]
    [InlineData("NorthSomerset")]
    [InlineData("Medway")]
    [InlineData("Statutory")]
    public void R8_FormReceived_ButTheHomeAuthorityNotYetTold_WaitsForThatDuty(string profile)
    {
        var facts = Facts(profile, "CLAOtherAuthority", formReceived: Found, openDuties: 1);

        Assert.Null(EpisodeClosing.ConditionMet(facts));
        Assert.Equal(["1 duty of this episode is still open"], EpisodeClosing.Outstanding(facts));
    }

    [Theory]
    [InlineData("NorthSomerset")]
    [InlineData("Somerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    [InlineData("Statutory")]
    public void R30_Absence_ClosesOnceReturnedWithEveryDutyDone(string profile)
    {
        Assert.Null(EpisodeClosing.ConditionMet(Facts(profile, "None", EpisodeCategory.Absent, openDuties: 2)));
        Assert.Equal(["2 duties of this episode are still open"], EpisodeClosing.Outstanding(Facts(profile, "None", EpisodeCategory.Absent, openDuties: 2)));

        Assert.Equal(EpisodeClosure.AbsentNoInterviewNeeded, EpisodeClosing.ConditionMet(Facts(profile, "None", EpisodeCategory.Absent)));
    }

    [Fact]
    public void R34_ShortAbsence_TheManagerDecidedNoInterview_ClosesSayingSo()
    {
        var facts = Facts("Rutland", "CLA", EpisodeCategory.Absent, shortAbsenceNo: true);

        Assert.Equal(EpisodeClosure.ShortAbsenceNoInterviewNeeded, EpisodeClosing.ConditionMet(facts));
        Assert.Equal("short absence: the manager decided no return home interview was needed", EpisodeClosing.Describe(EpisodeClosure.ShortAbsenceNoInterviewNeeded));
    }

    [Theory]
    [InlineData("NorthSomerset")]
    [InlineData("Somerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    [InlineData("Statutory")]
    public void R30_MissingEpisode_WithOurInterview_NeverClosesHere(string profile)
    {
        Assert.Null(EpisodeClosing.ConditionMet(Facts(profile, "None", hasRhi: true)));
        Assert.Null(EpisodeClosing.ConditionMet(Facts(profile, "CLA", hasRhi: true)));
    }

    [Fact]
    public void StillMissing_NeverCloses_AndSaysSo()
    {
        var open = DutyFixtures.Engine("Statutory").ClosingFacts(DutyFixtures.Child(), DutyFixtures.Open(Missing, EpisodeCategory.Absent), false, 0, false);

        Assert.Null(EpisodeClosing.ConditionMet(open));
        Assert.Equal(["The child has not been found"], EpisodeClosing.Outstanding(open));
    }

    [Theory]
    [InlineData(RhiStatus.Completed, EpisodeClosure.InterviewAuthorised, "return home interview held and authorised")]
    [InlineData(RhiStatus.Declined, EpisodeClosure.DeclinedAuthorised, "interview declined, authorised by a manager")]
    [InlineData(RhiStatus.NoContact, EpisodeClosure.NoContactAuthorised, "no contact after the attempts and the letter, authorised by a manager")]
    public void R24_R30_AnAuthorisedInterview_ClosesItsEpisodeSayingHowItEnded(RhiStatus concludedAs, EpisodeClosure expected, string shown)
    {
        Assert.Equal(expected, EpisodeClosing.ForAuthorisedInterview(concludedAs));
        Assert.Equal(shown, EpisodeClosing.Describe(expected));
    }

    [Fact]
    public void Close_OnlyAReturnedEpisode_Once()
    {
        var episode = new MissingEpisode { Status = EpisodeStatus.Open };
        Assert.False(episode.Close(EpisodeClosure.AbsentNoInterviewNeeded, Found));

        episode.Status = EpisodeStatus.Returned;
        Assert.True(episode.Close(EpisodeClosure.AbsentNoInterviewNeeded, Found));
        Assert.False(episode.Close(EpisodeClosure.HomeAuthorityFormReceived, Found.AddHours(1)));
        Assert.Equal((EpisodeStatus.Closed, EpisodeClosure.AbsentNoInterviewNeeded, Found), (episode.Status, episode.ClosedAs, episode.ClosedAt));
    }
}
