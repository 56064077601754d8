using FluentValidation;
using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.ReturnInterviews;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Pages.ReturnInterviews;

[Authorize(Roles = $"{Roles.RhiWorker},{Roles.TeamManager},{Roles.FrontDoor}")]
public sealed class DetailsModel(ISender mediator, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Someone else changed this record while you were working on it. Check the record below and try again";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public AllocateInput Allocate { get; set; } = new();

    [BindProperty]
    public AttemptInput Attempt { get; set; } = new();

    [BindProperty]
    public ConsentInput Consent { get; set; } = new();

    [BindProperty]
    public ChoiceInput Choice { get; set; } = new();

    [BindProperty]
    public LetterInput Letter { get; set; } = new();

    [BindProperty]
    public InterviewInput Interview { get; set; } = new();

    [BindProperty]
    public NoInterviewInput NoInterview { get; set; } = new();

    [BindProperty]
    public CeInput Ce { get; set; } = new();

    [BindProperty]
    public CorrectionInput Correction { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    public GetRhi.Result Rhi { get; private set; } = default!;

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var rhi = Rhi.Rhi;
        if (rhi.IsCorrection && rhi.Status == Domain.ReturnInterviews.RhiStatus.Completed)
        {
            // A correction starts from what was authorised.
            Interview = new InterviewInput
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

        return Page();
    }

    public Task<IActionResult> OnPostAllocateAsync(CancellationToken cancellationToken) =>
        RunAsync(new AllocateRhi.Command(Id, Version, Allocate.WorkerId), nameof(Allocate), nameof(AllocateInput.WorkerId), "Interview allocated", cancellationToken);

    public Task<IActionResult> OnPostAttemptAsync(CancellationToken cancellationToken) =>
        RunAsync(new RecordContactAttempt.Command(Id, Version, Attempt.At.ToIso(DeadlineText.UkTime), Attempt.Method, Attempt.Contacted, Attempt.Outcome),
            nameof(Attempt), nameof(AttemptInput.At), "Contact attempt recorded", cancellationToken);

    public Task<IActionResult> OnPostConsentAsync(CancellationToken cancellationToken) =>
        RunAsync(new RecordConsent.Command(Id, Version, Consent.Consented, Consent.GivenByName, Consent.Reasons),
            nameof(Consent), nameof(ConsentInput.Consented), "Consent recorded", cancellationToken);

    public Task<IActionResult> OnPostChoiceAsync(CancellationToken cancellationToken) =>
        RunAsync(new ChooseInterviewer.Command(Id, Version, Choice.Choice, Choice.RequestMade, Choice.PlannedDate.ToIso()),
            nameof(Choice), nameof(ChoiceInput.Choice), "The child's choice of interviewer recorded", cancellationToken);

    public async Task<IActionResult> OnPostLetterAsync(CancellationToken cancellationToken)
    {
        var result = await RunAsync(new GenerateLetter.Command(Id, Version, Letter.LivingIndependently),
            nameof(Letter), nameof(LetterInput.LivingIndependently), "Letter generated and kept on the record", cancellationToken);
        return result;
    }

    public Task<IActionResult> OnPostInterviewAsync(CancellationToken cancellationToken) =>
        RunAsync(new RecordInterview.Command(Id, Version, Interview.InterviewedAt.ToIso(DeadlineText.UkTime), Interview.Location, Interview.PeoplePresent,
                Interview.ChildAccount, Interview.ParentsCarersViews, Interview.RisksIdentified, Interview.ConsentToShare, Interview.InterpreterNeeded, Interview.InterpreterLanguage),
            nameof(Interview), nameof(InterviewInput.InterviewedAt), "Interview recorded", cancellationToken);

    public Task<IActionResult> OnPostNoInterviewAsync(CancellationToken cancellationToken) =>
        RunAsync(new RecordNoInterview.Command(Id, Version, NoInterview.Outcome, NoInterview.Reasons, NoInterview.SupportOffered),
            nameof(NoInterview), nameof(NoInterviewInput.Outcome), "Recorded that the interview did not happen", cancellationToken);

    public Task<IActionResult> OnPostCeAsync(CancellationToken cancellationToken) =>
        RunAsync(new RecordCeScreen.Command(Id, Version, Ce.Outcome), nameof(Ce), nameof(CeInput.Outcome), "CE screen recorded", cancellationToken);

    public Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken) =>
        RunAsync(new SendForAuthorisation.Command(Id, Version), null, SendForAuthorisation.Field, "Sent to the team manager for authorisation", cancellationToken);

    /// <summary>R30: a correction of an authorised RHI is a new version; the worker continues on it.</summary>
    public Task<IActionResult> OnPostCorrectAsync(CancellationToken cancellationToken) =>
        RunAsync(new StartRhiCorrection.Command(Id, Version, Correction.Reason), nameof(Correction), nameof(CorrectionInput.Reason),
            "Correction started: change what needs correcting and send it for authorisation again", cancellationToken, next => next);

    private async Task<IActionResult> RunAsync<T>(ICommand<T> command, string? prefix, string conflictField, string done, CancellationToken cancellationToken,
        Func<T, Guid>? next = null)
    {
        var target = Id;
        try
        {
            var result = await mediator.Send(command, cancellationToken);
            if (next is not null)
            {
                target = next(result);
            }
        }
        catch (RhiNotFoundException)
        {
            return NotFound();
        }
        catch (UnauthorizedAccessException)
        {
            return Forbid();
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, prefix);
            return await InvalidAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(prefix is null ? conflictField : $"{prefix}.{conflictField}", ConflictMessage);
            return await InvalidAsync(cancellationToken);
        }

        Done = done;
        return RedirectToPage(new { Id = target });
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken cancellationToken)
    {
        var submittedVersion = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // Keep the version the user worked from unless it was a conflict: then they see the latest record.
        ModelState.Remove(nameof(Version));
        Version = ModelState.Values.SelectMany(v => v.Errors).Any(e => e.ErrorMessage == ConflictMessage) ? Rhi.Rhi.Version : submittedVersion;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var rhi = await mediator.Send(new GetRhi.Query(Id), cancellationToken);
        if (rhi is null)
        {
            return false;
        }

        Rhi = rhi;
        Version = rhi.Rhi.Version;
        return true;
    }

    public static IEnumerable<SelectListItem> Items(IEnumerable<(string Code, string Text)> options) =>
        options.Select(o => new SelectListItem(o.Text, o.Code));

    public static IEnumerable<SelectListItem> YesNo { get; } = [new("Yes", "yes"), new("No", "no")];

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
    }

    public sealed class NoInterviewInput
    {
        public string? Outcome { get; set; }

        public string? Reasons { get; set; }

        public string? SupportOffered { get; set; }
    }

    public sealed class CorrectionInput
    {
        public string? Reason { get; set; }
    }

    public sealed class CeInput
    {
        public string? Outcome { get; set; }
    }
}
