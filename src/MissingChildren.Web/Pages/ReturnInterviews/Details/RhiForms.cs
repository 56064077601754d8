using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>What every RHI form is drawn with: the RHI as its page shows it, and the version the form was read at.</summary>
public interface IRhiView
{
    GetRhi.Result Rhi { get; }

    Guid Version { get; }

    DateTimeOffset Now { get; }
}

// One interface per form: the RHI's page draws every form its RHI allows; each form's own page draws it again with its errors.
public interface IAllocateForm : IRhiView
{
    AllocateInput Allocate { get; }
}

public interface IAttemptForm : IRhiView
{
    AttemptInput Attempt { get; }
}

public interface IConsentForm : IRhiView
{
    ConsentInput Consent { get; }
}

public interface IChoiceForm : IRhiView
{
    ChoiceInput Choice { get; }
}

public interface ILetterForm : IRhiView
{
    LetterInput Letter { get; }
}

public interface IInterviewForm : IRhiView
{
    InterviewInput Interview { get; }
}

public interface INoInterviewForm : IRhiView
{
    NoInterviewInput NoInterview { get; }
}

public interface ICeForm : IRhiView
{
    CeInput Ce { get; }
}

public interface ICorrectionForm : IRhiView
{
    CorrectionInput Correction { get; }
}

public interface IOutOfHoursForm : IRhiView
{
    OutOfHoursInput OutOfHours { get; }
}

public static class RhiForms
{
    public static IEnumerable<SelectListItem> Items(IEnumerable<(string Code, string Text)> options) =>
        options.Select(o => new SelectListItem(o.Text, o.Code));

    public static IEnumerable<SelectListItem> YesNo { get; } = [new("Yes", "yes"), new("No", "no")];
}

public sealed class AllocateInput
{
    public string? WorkerId { get; set; }
}

public sealed class AttemptInput
{
    public DateTimeParts At { get; set; } = new();

    public string? Method { get; set; }

    public string? Contacted { get; set; }

    public string? Outcome { get; set; }
}

public sealed class ConsentInput
{
    public string? Consented { get; set; }

    public string? GivenByName { get; set; }

    public string? Reasons { get; set; }
}

public sealed class ChoiceInput
{
    public string? Choice { get; set; }

    public bool RequestMade { get; set; }

    public DateParts PlannedDate { get; set; } = new();
}

public sealed class LetterInput
{
    public string? LivingIndependently { get; set; }
}

public sealed class InterviewInput
{
    public DateTimeParts InterviewedAt { get; set; } = new();

    public string? Location { get; set; }

    public string? PeoplePresent { get; set; }

    public string? ChildAccount { get; set; }

    public string? ParentsCarersViews { get; set; }

    public string? RisksIdentified { get; set; }

    public string? ConsentToShare { get; set; }

    public string? InterpreterNeeded { get; set; }

    public string? InterpreterLanguage { get; set; }

    /// <summary>A correction, or an interview the manager returned (R30), starts from what was recorded.</summary>
    public static InterviewInput For(ReturnHomeInterview rhi) => !(rhi.IsBeingRevised && rhi.CanRecordInterview)
        ? new()
        : new()
        {
            InterviewedAt = DateTimeParts.From(rhi.InterviewedAt, DeadlineText.UkTime),
            Location = rhi.InterviewLocation,
            PeoplePresent = rhi.PeoplePresent,
            ChildAccount = rhi.ChildAccount,
            ParentsCarersViews = rhi.ParentsCarersViews,
            RisksIdentified = rhi.RisksIdentified,
            ConsentToShare = rhi.ConsentToShare is { } share ? (share ? "yes" : "no") : null,
            InterpreterNeeded = rhi.InterpreterNeeded is { } interpreter ? (interpreter ? "yes" : "no") : null,
            InterpreterLanguage = rhi.InterpreterLanguage,
        };
}

public sealed class NoInterviewInput
{
    public string? Outcome { get; set; }

    public string? Reasons { get; set; }

    public string? SupportOffered { get; set; }

    /// <summary>R25: what the parents or carers said, asked for even when the interview is declined.</summary>
    public string? ParentsCarersViews { get; set; }
}

public sealed class CorrectionInput
{
    public string? Reason { get; set; }
}

public sealed class CeInput
{
    public string? Outcome { get; set; }
}

/// <summary>R6: the child's answer out of hours: who should do the interview, and consent.</summary>
public sealed class OutOfHoursInput
{
    public string? Choice { get; set; }

    public string? Consented { get; set; }

    public string? GivenByName { get; set; }

    public string? Reasons { get; set; }
}
