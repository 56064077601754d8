namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>The choices offered on the RHI forms: stored by code, shown by text.</summary>
public static class RhiOptions
{
    public static readonly IReadOnlyList<(string Code, string Text)> Methods =
    [
        ("Phone", "Phone call"), ("TextMessage", "Text message"), ("HomeVisit", "Home visit"), ("Email", "Email"),
    ];

    public static readonly IReadOnlyList<(string Code, string Text)> Contacted =
    [
        ("Child", "The child"), ("ParentOrCarer", "Parent or carer"), ("Placement", "Placement or residential staff"), ("Other", "Someone else"),
    ];

    public const string Offered = Domain.ReturnInterviews.ContactPattern.OfferedOutcome;

    public const string Declined = Domain.ReturnInterviews.ContactPattern.DeclinedOutcome;

    public static readonly IReadOnlyList<(string Code, string Text)> Outcomes =
    [
        ("NoAnswer", "No answer"), ("MessageLeft", "Message left"), (Offered, "Spoke to them: interview offered"), (Declined, "Spoke to them: interview declined"),
    ];

    public static readonly IReadOnlyList<(string Code, string Text)> CeOutcomes =
    [
        (nameof(Domain.ReturnInterviews.CeScreenOutcome.NoConcerns), "No exploitation concerns"),
        (nameof(Domain.ReturnInterviews.CeScreenOutcome.ConcernsFullAssessmentNeeded), "Concerns: a full CE risk assessment is needed"),
        (nameof(Domain.ReturnInterviews.CeScreenOutcome.NotNeededDoneSinceEpisodeBegan), "Not needed: a social worker completed one since the episode began"),
    ];

    public static string TextOf(IReadOnlyList<(string Code, string Text)> options, string? code) =>
        code == Domain.ReturnInterviews.ContactPattern.LetterMethod ? "Letter" : options.FirstOrDefault(o => o.Code == code).Text ?? code ?? "";

    public static bool IsOneOf(IReadOnlyList<(string Code, string Text)> options, string? code) => options.Any(o => o.Code == code);
}
