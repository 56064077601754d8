using MissingChildren.Domain.Education;

namespace MissingChildren.Tests.Education;

/// <summary>R40 (Medway 003, "Children Missing from Education"): the investigation's workflow and the steps it refuses.</summary>
public sealed class CmeInvestigationTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static CmeInvestigation Investigation() => CmeInvestigation.Open(Guid.NewGuid(), Opened, "Officer");

    [Fact]
    public void Enquiries_AreKept_WithTheirReplies_AndEachStepRenewsTheChangeTime()
    {
        var investigation = Investigation();
        var asked = investigation.RecordEnquiry(EnquiryAgency.Nhs, "GP practice", new DateOnly(2026, 11, 3), null, null, Opened.AddDays(1));

        investigation.RecordReply(asked.Id, "Not registered", new DateOnly(2026, 11, 5), Opened.AddDays(3));

        Assert.Equal("Not registered", Assert.Single(investigation.Enquiries).Reply);
        Assert.Equal(Opened.AddDays(3), investigation.ChangedAt);
    }

    [Fact]
    public void AReplyBeforeTheEnquiry_IsRefused()
    {
        var refused = Assert.Throws<CmeStepRefusedException>(() =>
            Investigation().RecordEnquiry(EnquiryAgency.Police, "Missing persons unit", new DateOnly(2026, 11, 5), "No trace", new DateOnly(2026, 11, 4), Opened));

        Assert.Equal(nameof(CmeEnquiry.RepliedOn), refused.Property);
    }

    [Fact]
    public void NotFound_IsNeverClosed_ButFiledDormant_AndDueForReviewOnItsDate()
    {
        var investigation = Investigation();
        investigation.RecordNoTrace(new DateOnly(2026, 11, 10), "Report No Trace and refer to First Response", new DateOnly(2026, 11, 11), "KP-123", Opened);

        investigation.MarkDormant(new DateOnly(2026, 12, 18), Today, Opened);

        Assert.Equal(CmeStatus.Dormant, investigation.Status);
        Assert.False(investigation.IsClosed);
        Assert.False(investigation.IsDueForReview(new DateOnly(2026, 12, 17)));
        Assert.True(investigation.IsDueForReview(new DateOnly(2026, 12, 18)));
    }

    [Fact]
    public void AReviewDate_NotInTheFuture_IsRefused()
    {
        var refused = Assert.Throws<CmeStepRefusedException>(() => Investigation().MarkDormant(Today, Today, Opened));

        Assert.Equal("The review date must be in the future", refused.Message);
    }

    [Fact]
    public void Found_ClosesTheInvestigation_AndRefusesEveryStepAfter()
    {
        var investigation = Investigation();
        investigation.MarkDormant(new DateOnly(2026, 12, 18), Today, Opened);

        investigation.RecordFound(Today, "On roll in Leicester", Today, Opened.AddDays(18));

        Assert.Equal(CmeStatus.Found, investigation.Status);
        Assert.Null(investigation.ReviewOn);
        Assert.False(investigation.IsDueForReview(new DateOnly(2027, 1, 1)));
        Assert.Equal(CmeInvestigation.FoundAlready, Assert.Throws<CmeStepRefusedException>(() => investigation.MarkDormant(new DateOnly(2027, 1, 1), Today, Opened)).Message);
        Assert.Throws<CmeStepRefusedException>(() => investigation.RecordEnquiry(EnquiryAgency.School, "School", Today, null, null, Opened));
        Assert.Throws<CmeStepRefusedException>(() => investigation.RecordFound(Today, "Again", Today, Opened));
    }

    [Fact]
    public void ANoTraceReportBeforeTheAdvice_IsRefused() =>
        Assert.Throws<CmeStepRefusedException>(() => Investigation().RecordNoTrace(new DateOnly(2026, 11, 10), "Advice", new DateOnly(2026, 11, 9), null, Opened));
}
