using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.ReturnInterviews.Details;

/// <summary>The RHI's page (<c>/rhi/{id}</c>): the record, and the forms of what its state and the signed-in person allow.</summary>
[Authorize(Roles = RhiFormPage.Readers)]
public sealed class IndexModel(ISender mediator, TimeProvider clock) : PageModel,
    IAllocateForm, IAttemptForm, IConsentForm, IChoiceForm, ILetterForm, IInterviewForm, INoInterviewForm, ICeForm, ICorrectionForm, IOutOfHoursForm, IShowsChildRecords
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public GetRhi.Result Rhi { get; private set; } = default!;

    public Guid Version => Rhi.Rhi.Version;

    public DateTimeOffset Now { get; private set; }

    /// <summary>How the dates shown were worked out (R17, R19, R21).</summary>
    public GetRhiDeadlines.Result Deadlines { get; private set; } = new(null, null, null, null);

    public AllocateInput Allocate { get; } = new();

    public AttemptInput Attempt { get; } = new();

    public ConsentInput Consent { get; } = new();

    public ChoiceInput Choice { get; } = new();

    public LetterInput Letter { get; } = new();

    public InterviewInput Interview { get; private set; } = new();

    public NoInterviewInput NoInterview { get; } = new();

    public CeInput Ce { get; } = new();

    public CorrectionInput Correction { get; } = new();

    public OutOfHoursInput OutOfHours { get; } = new();

    /// <summary>R20, R25: the child's contact details and the people to get in touch with.</summary>
    public GetRhiContacts.Result? Contacts { get; private set; }

    public IEnumerable<ChildRecordRead> RecordsShown =>
        Contacts?.Plan is { } plan
            ? [ChildRecordRead.Of(Rhi.Rhi.ChildId, "ReturnHomeInterview", Id), ChildRecordRead.Of(Rhi.Rhi.ChildId, "Plan", plan.PlanId)]
            : [ChildRecordRead.Of(Rhi.Rhi.ChildId, "ReturnHomeInterview", Id)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var rhi = await mediator.Send(new GetRhi.Query(Id), cancellationToken);
        if (rhi is null)
        {
            return NotFound();
        }

        Rhi = rhi;
        Deadlines = await mediator.Send(new GetRhiDeadlines.Query(Id), cancellationToken);
        Interview = InterviewInput.For(rhi.Rhi);
        Contacts = await mediator.Send(new GetRhiContacts.Query(Id), cancellationToken);
        return Page();
    }
}
