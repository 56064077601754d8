using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Time;

namespace MissingChildren.Tests.ReturnInterviews;

public sealed class ReturnInterviewRulesTests
{
    private static ReturnInterviewRules Rules(string profileName)
    {
        var profile = PolicyProfileCatalog.Load(profileName);
        return new ReturnInterviewRules(profile, profile.CreateCalendar(new UkBankHolidaySource(), []));
    }

    // Friday 20 November 2026 (GMT, so UTC is local time).
    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(11, false, LetterRecipients.ParentOrCarer)]
    [InlineData(12, false, LetterRecipients.ParentOrCarer)]
    [InlineData(13, false, LetterRecipients.ParentOrCarer | LetterRecipients.Child)]
    [InlineData(15, true, LetterRecipients.ParentOrCarer | LetterRecipients.Child)]
    [InlineData(16, false, LetterRecipients.ParentOrCarer | LetterRecipients.Child)]
    [InlineData(16, true, LetterRecipients.Child)]
    [InlineData(17, true, LetterRecipients.Child)]
    [InlineData(11, true, LetterRecipients.ParentOrCarer)]
    public void R20_LetterRecipients_ByAgeAndLivingSituation(int age, bool livingIndependently, LetterRecipients expected) =>
        Assert.Equal(expected, Rules("Somerset").LetterRecipientsFor(age, livingIndependently));

    [Fact]
    public void R20_LetterRecipients_WhereTheProfileIsSilent_FollowTheSomersetAges() =>
        Assert.Equal(LetterRecipients.Child, Rules("NorthSomerset").LetterRecipientsFor(16, livingIndependently: true));

    [Theory]
    [InlineData(15, false, ConsentGiver.ParentOrCarer)]
    [InlineData(16, false, ConsentGiver.Child)]
    [InlineData(17, false, ConsentGiver.Child)]
    [InlineData(12, true, ConsentGiver.Assumed)]
    [InlineData(17, true, ConsentGiver.Assumed)]
    public void R22_ConsentFrom_ParentUnder16_ChildAt16_AssumedForOurLookedAfterChildren(int age, bool lookedAfter, ConsentGiver expected) =>
        Assert.Equal(expected, Rules("NorthSomerset").ConsentFrom(age, lookedAfter));

    [Fact]
    public void R22_ConsentFrom_AgeUnknown_AsksAParentOrCarer() =>
        Assert.Equal(ConsentGiver.ParentOrCarer, Rules("NorthSomerset").ConsentFrom(null, ourLookedAfterChild: false));

    [Fact]
    public void R22_ConsentFrom_WhereTheProfileSetsNoConsentRule_IsNotAssumedForLookedAfterChildren() =>
        Assert.Equal(ConsentGiver.ParentOrCarer, Rules("Somerset").ConsentFrom(14, ourLookedAfterChild: true));

    [Fact]
    public void R21_CompleteDueAt_IsThreeWorkingDaysAfterAcceptance()
    {
        // Accepted Friday 20 November 16:00: Monday, Tuesday, Wednesday: due at the end of Wednesday 25 November.
        var due = Rules("Somerset").CompleteDueAt(Utc(19, 9), Utc(20, 16));

        Assert.Equal(Utc(25, 17), due);
    }

    [Fact]
    public void R17_CompleteDueAt_InNorthSomerset_Is72HoursFromTheReturn() =>
        Assert.Equal(Utc(22, 9), Rules("NorthSomerset").CompleteDueAt(Utc(19, 9), Utc(20, 16)));

    [Fact]
    public void R23_IndependentRequestDueAt_Is24HoursAfterTheChoice() =>
        Assert.Equal(Utc(21, 14), Rules("NorthSomerset").IndependentRequestDueAt(Utc(20, 14)));

    [Theory]
    [InlineData(12, false)]
    [InlineData(13, true)]
    [InlineData(17, true)]
    public void R28_CeScreenRequired_ForChildren13AndOver(int age, bool expected) =>
        Assert.Equal(expected, Rules("Somerset").CeScreenRequired(age));

    [Fact]
    public void R30_AuthorisationDueAt_IsTwoWorkingDaysLater() =>
        Assert.Equal(Utc(24, 17), Rules("Somerset").AuthorisationDueAt(Utc(20, 14)));

    [Theory]
    [InlineData("Somerset", true, true)]
    [InlineData("Somerset", false, false)]
    [InlineData("Somerset", null, false)]
    [InlineData("NorthSomerset", false, true)] // no such rule in 001: the consent answer is recorded, sharing is not held back
    public void R27_Somerset_shares_the_outcome_with_the_placement_only_with_the_childs_consent(string profile, bool? consents, bool expected) =>
        Assert.Equal(expected, Rules(profile).MayShareOutcomeWithPlacement(consents));
}
