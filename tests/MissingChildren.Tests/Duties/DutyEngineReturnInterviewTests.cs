using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Tests.Duties;

/// <summary>
/// The duty engine on the RHI: who offers it and by when (R6, R7, R17, R19), rule by rule (domain.md), for each built-in profile.
/// Every row names its profile; instants are UTC. November 2026 is GMT, so UTC is UK local time there; July is BST (local = UTC + 1). Helpers are in DutyFixtures.cs.
/// </summary>
public sealed class DutyEngineReturnInterviewTests
{
    // ---------------------------------------------------------------- R6 out of hours (North Somerset)

    [Theory]
    [InlineData("NorthSomerset", "2026-11-20T19:00:00Z", PolicyRole.EmergencyDuty, "")]                      // Fri 19:00 GMT: 62 h to Mon 09:00
    [InlineData("NorthSomerset", "2026-11-21T09:00:00Z", PolicyRole.EmergencyDuty, "")]                      // Sat 09:00: exactly 48 h
    [InlineData("NorthSomerset", "2026-11-21T10:00:00Z", PolicyRole.RhiWorker, "2026-11-23T09:00:00Z")]      // Sat 10:00: 47 h
    [InlineData("NorthSomerset", "2026-11-21T18:00:00Z", PolicyRole.RhiWorker, "2026-11-23T09:00:00Z")]      // Sat 18:00: 39 h
    [InlineData("NorthSomerset", "2026-11-17T17:00:00Z", PolicyRole.RhiWorker, "2026-11-18T09:00:00Z")]      // Tue 17:00: exactly 16 h
    [InlineData("NorthSomerset", "2026-11-17T18:00:00Z", PolicyRole.RhiWorker, "")]                          // Tue 18:00: 15 h
    [InlineData("NorthSomerset", "2026-11-20T08:30:00Z", PolicyRole.RhiWorker, "")]                          // Fri 08:30: 30 min
    [InlineData("NorthSomerset", "2026-11-18T10:00:00Z", PolicyRole.RhiWorker, "")]                          // Wed 10:00: core hours
    [InlineData("NorthSomerset", "2026-11-20T16:00:00Z", PolicyRole.RhiWorker, "")]                          // Fri 16:00 GMT: core hours
    [InlineData("NorthSomerset", "2026-07-17T16:00:00Z", PolicyRole.EmergencyDuty, "")]                      // Fri 17:00 BST: 64 h to Mon 09:00 BST
    [InlineData("NorthSomerset", "2026-12-24T18:00:00Z", PolicyRole.EmergencyDuty, "")]                      // Christmas Eve: 111 h to Tue 29th
    [InlineData("Statutory", "2026-11-20T19:00:00Z", PolicyRole.RhiWorker, "")]
    [InlineData("Somerset", "2026-11-20T19:00:00Z", PolicyRole.RhiWorker, "")]
    [InlineData("Medway", "2026-11-20T19:00:00Z", PolicyRole.RhiWorker, "")]
    [InlineData("Rutland", "2026-11-21T18:00:00Z", PolicyRole.RhiWorker, "")]
    public void R6_OutOfHoursReturn_WhoOffersTheRhi_AndTheEdtAskTask(string profile, string returnKnownUtc, PolicyRole expectedOfferRole, string expectedAskDueUtc)
    {
        var returnKnown = DutyFixtures.At(returnKnownUtc);
        var episode = DutyFixtures.Returned(returnKnown.AddHours(-5), returnKnown);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), episode, returnKnown);

        var offer = Assert.Single(plan.Of(TaskType.ReturnHomeInterview, "R17"));
        Assert.Equal(expectedOfferRole, offer.Role);
        Assert.Equal(expectedOfferRole == PolicyRole.EmergencyDuty ? TeamKind.EmergencyDuty : TeamKind.ReturnInterviewService, offer.Team);
        Assert.Equal(returnKnown.AddHours(72), offer.DueAt);
        Assert.Equal(DutyFixtures.RhiId, offer.ReturnHomeInterviewId);

        var r6 = plan.Where(r => r.RuleId == "R6").ToList();
        if (expectedAskDueUtc.Length == 0)
        {
            Assert.Empty(r6);
        }
        else
        {
            var ask = Assert.Single(r6);
            Assert.Equal(TaskType.ReturnHomeInterview, ask.Type);
            Assert.Equal((PolicyRole.EmergencyDuty, TeamKind.EmergencyDuty), (ask.Role, ask.Team));
            Assert.Equal(returnKnown, ask.RaiseAt);
            Assert.Equal(DutyFixtures.At(expectedAskDueUtc), ask.DueAt);
        }
    }

    // ---------------------------------------------------------------- R7 under 8 (Somerset)

    [Theory]
    [InlineData("Somerset", 3, PolicyRole.SocialWorker, TeamKind.AllocatedTeam)]
    [InlineData("Somerset", 7, PolicyRole.SocialWorker, TeamKind.AllocatedTeam)]
    [InlineData("Somerset", 8, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    [InlineData("NorthSomerset", 7, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    [InlineData("Medway", 7, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    [InlineData("Rutland", 7, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    [InlineData("Statutory", 7, PolicyRole.RhiWorker, TeamKind.ReturnInterviewService)]
    public void R7_UnderEight_RhiOfferGoesToChildrensSocialCare(string profile, int age, PolicyRole expectedRole, TeamKind expectedTeam)
    {
        var episode = DutyFixtures.Returned(DutyFixtures.InHours.AddHours(-5), DutyFixtures.InHours);

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(age: age), episode, DutyFixtures.InHours);

        var offer = Assert.Single(plan.Of(TaskType.ReturnHomeInterview, RuleIds.RhiOffer));
        Assert.Equal("R17", offer.RuleId);
        Assert.Equal((expectedRole, expectedTeam), (offer.Role, offer.Team));
        Assert.Equal(DutyFixtures.InHours.AddHours(72), offer.DueAt);
    }

    // ---------------------------------------------------------------- R17 RHI offered within 72 hours

    [Theory]
    [InlineData("Statutory", "2026-11-18T10:00:00Z", "2026-11-21T10:00:00Z")]
    [InlineData("NorthSomerset", "2026-11-18T10:00:00Z", "2026-11-21T10:00:00Z")]
    [InlineData("Somerset", "2026-11-18T10:00:00Z", "2026-11-21T10:00:00Z")]
    [InlineData("Medway", "2026-11-18T10:00:00Z", "2026-11-21T10:00:00Z")]
    [InlineData("Rutland", "2026-11-18T10:00:00Z", "2026-11-21T10:00:00Z")]
    [InlineData("Statutory", "2026-10-23T12:00:00Z", "2026-10-26T12:00:00Z")]     // clocks go back Sun 25 Oct: still 72 real hours
    [InlineData("NorthSomerset", "2026-10-23T12:00:00Z", "2026-10-26T12:00:00Z")]
    [InlineData("Somerset", "2026-10-23T12:00:00Z", "2026-10-26T12:00:00Z")]
    [InlineData("Medway", "2026-10-23T12:00:00Z", "2026-10-26T12:00:00Z")]
    [InlineData("Rutland", "2026-10-23T12:00:00Z", "2026-10-26T12:00:00Z")]
    [InlineData("Medway", "2026-03-27T12:00:00Z", "2026-03-30T12:00:00Z")]        // clocks go forward Sun 29 Mar
    [InlineData("Rutland", "2026-12-24T12:00:00Z", "2026-12-27T12:00:00Z")]       // clock hours ignore bank holidays
    public void R17_RhiOffered72ClockHoursAfterTheReturnIsKnown(string profile, string returnKnownUtc, string expectedDueUtc)
    {
        var returnKnown = DutyFixtures.At(returnKnownUtc);
        var episode = DutyFixtures.Returned(returnKnown.AddHours(-5), returnKnown);

        var engine = DutyFixtures.Engine(profile);
        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), episode, returnKnown);

        Assert.Equal(DutyFixtures.At(expectedDueUtc), engine.RhiOfferDueAt(returnKnown));
        var offer = Assert.Single(plan.Of(TaskType.ReturnHomeInterview, RuleIds.RhiOffer));
        Assert.Equal(("R17", PolicyRole.RhiWorker, TeamKind.ReturnInterviewService), (offer.RuleId, offer.Role, offer.Team));
        Assert.Equal(returnKnown, offer.RaiseAt);
        Assert.Equal(DutyFixtures.At(expectedDueUtc), offer.DueAt);
        Assert.Equal(DutyFixtures.RhiId, offer.ReturnHomeInterviewId);
    }

    [Theory]
    [InlineData("NorthSomerset")]
    [InlineData("Somerset")]
    [InlineData("Medway")]
    [InlineData("Rutland")]
    [InlineData("Statutory")]
    public void R17_NoRhiOfferWhileTheChildIsStillMissing(string profile)
    {
        var missingFrom = DutyFixtures.InHours;

        var plan = DutyFixtures.Plan(profile, DutyFixtures.Child(), DutyFixtures.Open(missingFrom), missingFrom.AddDays(3));

        Assert.Empty(plan.Of(TaskType.ReturnHomeInterview));
    }

    // ---------------------------------------------------------------- R19 allocation within 24 core hours (Somerset)

    // 24 core hours at 09:00–17:00 (8 a working day), counted in UK local time:
    // - Fri 20 Nov 16:00 GMT: Fri 1 h, Mon 8 (9), Tue 8 (17), Wed 7 more: Wed 25 Nov 16:00.
    // - Wed 18 Nov 10:00: Wed 7 h, Thu 8 (15), Fri 8 (23), Mon 1 more: Mon 23 Nov 10:00.
    // - Fri 20 Nov 19:00: out of hours, counting starts Mon 09:00: Mon, Tue, Wed: ends exactly Wed 17:00.
    // - Thu 24 Dec 16:00: Thu 1 h; 25th, weekend and the Boxing Day substitute (Mon 28th) skipped; Tue 8 (9), Wed 8 (17), Thu 31st 7 more: 16:00.
    // - Fri 17 Jul 16:00 BST (15:00 UTC): Fri 1 h, Mon, Tue, Wed 7 more: Wed 22 Jul 16:00 BST = 15:00 UTC.
    [Theory]
    [InlineData("Somerset", "2026-11-20T16:00:00Z", "2026-11-25T16:00:00Z")]
    [InlineData("Somerset", "2026-11-18T10:00:00Z", "2026-11-23T10:00:00Z")]
    [InlineData("Somerset", "2026-11-20T19:00:00Z", "2026-11-25T17:00:00Z")]
    [InlineData("Somerset", "2026-12-24T16:00:00Z", "2026-12-31T16:00:00Z")]
    [InlineData("Somerset", "2026-07-17T15:00:00Z", "2026-07-22T15:00:00Z")]
    [InlineData("NorthSomerset", "2026-11-20T16:00:00Z", "")]
    [InlineData("Medway", "2026-11-20T16:00:00Z", "")]
    [InlineData("Rutland", "2026-11-20T16:00:00Z", "")]
    [InlineData("Statutory", "2026-11-20T16:00:00Z", "")]
    public void R19_RhiAllocatedWithin24CoreHours(string profile, string returnKnownUtc, string expectedDueUtc)
    {
        var due = DutyFixtures.Engine(profile).RhiAllocateDueAt(DutyFixtures.At(returnKnownUtc));

        Assert.Equal(expectedDueUtc.Length == 0 ? (DateTimeOffset?)null : DutyFixtures.At(expectedDueUtc), due);
    }
}
