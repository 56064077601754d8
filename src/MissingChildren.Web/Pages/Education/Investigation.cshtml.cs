using Mediator;
using MissingChildren.Domain;
using MissingChildren.Domain.Education;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Education;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Education;

/// <summary>
/// R40: one children missing education investigation (<c>/education/investigations/{id}</c>): its enquiries and replies,
/// the No Trace report, the review date; and, for education officers, the forms its state allows (record an enquiry,
/// record the No Trace report, mark dormant, record found). Front Door reads it.
/// </summary>
[Authorize(Roles = $"{Roles.Education},{Roles.FrontDoor}")]
public sealed class InvestigationModel(ISender mediator) : PageModel, IRedisplayedForm, IShowsChildRecords
{
    public sealed class EnquiryForm
    {
        public string? Agency { get; set; }

        public string? AskedOf { get; set; }

        public DateParts AskedOn { get; set; } = new();

        public string? Reply { get; set; }

        public DateParts RepliedOn { get; set; } = new();
    }

    public sealed class NoTraceForm
    {
        public DateParts AdviceOn { get; set; } = new();

        public string? Advice { get; set; }

        public DateParts ReportedOn { get; set; } = new();

        public string? PoliceReference { get; set; }

        public string? LeftTheCountry { get; set; }

        public DateParts BorderAgencyOn { get; set; } = new();

        public string? BorderAgencyReference { get; set; }
    }

    public sealed class DormantForm
    {
        public DateParts ReviewOn { get; set; } = new();
    }

    public sealed class FoundForm
    {
        public DateParts FoundOn { get; set; } = new();

        public string? FoundWhere { get; set; }
    }

    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public EnquiryForm Enquiry { get; set; } = new();

    [BindProperty]
    public NoTraceForm NoTrace { get; set; } = new();

    [BindProperty]
    public DormantForm Dormant { get; set; } = new();

    [BindProperty]
    public FoundForm Found { get; set; } = new();

    public GetCmeInvestigation.Result Current { get; private set; } = default!;

    public static IEnumerable<SelectListItem> Agencies => Enum.GetValues<EnquiryAgency>().Select(a => new SelectListItem(EducationWords.Agency(a), a.ToString()));

    public static IEnumerable<SelectListItem> YesNo => [new("Yes", "Yes"), new("No", "No")];

    public IEnumerable<ChildRecordRead> RecordsShown => Current is null ? [] : [ChildRecordRead.Of(Current.Investigation.ChildId, nameof(CmeInvestigation), Id)];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Version = Current.Investigation.Version;
    }

    [FormPrefix(nameof(Enquiry))]
    public async Task<IActionResult> OnPostEnquiryAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        var command = new RecordCmeEnquiry.Command(Id, Version,
            input.Choice<EnquiryAgency>(Enquiry.Agency, nameof(RecordCmeEnquiry.Command.Agency), "Select who the enquiry was made to"),
            Enquiry.AskedOf, input.Date(Enquiry.AskedOn, nameof(RecordCmeEnquiry.Command.AskedOn), RecordCmeEnquiry.AskedOnLabel),
            Enquiry.Reply, input.Date(Enquiry.RepliedOn, nameof(RecordCmeEnquiry.Command.RepliedOn), RecordCmeEnquiry.RepliedOnLabel), input.Errors);
        await mediator.Send(command, cancellationToken);
        return Done("Enquiry recorded");
    }

    [FormPrefix(nameof(NoTrace))]
    public async Task<IActionResult> OnPostNoTraceAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        var leftTheCountry = input.YesNo(NoTrace.LeftTheCountry, nameof(RecordNoTrace.Command.LeftTheCountry), "Select whether the child is thought to have left the country");
        var command = new RecordNoTrace.Command(Id, Version,
            input.Date(NoTrace.AdviceOn, nameof(RecordNoTrace.Command.AdviceOn), RecordNoTrace.AdviceOnLabel), NoTrace.Advice,
            input.Date(NoTrace.ReportedOn, nameof(RecordNoTrace.Command.ReportedOn), RecordNoTrace.ReportedOnLabel), NoTrace.PoliceReference,
            leftTheCountry == true, input.Date(NoTrace.BorderAgencyOn, nameof(RecordNoTrace.Command.BorderAgencyOn), RecordNoTrace.BorderAgencyOnLabel),
            NoTrace.BorderAgencyReference, input.Errors);
        await mediator.Send(command, cancellationToken);
        return Done("No Trace report recorded");
    }

    [FormPrefix(nameof(Dormant))]
    public async Task<IActionResult> OnPostDormantAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        await mediator.Send(new MarkCmeDormant.Command(Id, Version, input.Date(Dormant.ReviewOn, nameof(MarkCmeDormant.Command.ReviewOn), MarkCmeDormant.ReviewOnLabel), input.Errors),
            cancellationToken);
        return Done("Investigation filed as dormant");
    }

    [FormPrefix(nameof(Found))]
    public async Task<IActionResult> OnPostFoundAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        await mediator.Send(new RecordCmeFound.Command(Id, Version, input.Date(Found.FoundOn, nameof(RecordCmeFound.Command.FoundOn), RecordCmeFound.FoundOnLabel),
            Found.FoundWhere, input.Errors), cancellationToken);
        TempData.Success("Child found: the investigation is closed and the child's social worker has been told");
        return Redirect(Links.Education);
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (reason == Redisplay.Conflict)
        {
            Version = Current.Investigation.Version;
        }
    }

    private RedirectResult Done(string message)
    {
        TempData.Success(message);
        return Redirect(Links.CmeInvestigation(Id));
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Current = await mediator.Send(new GetCmeInvestigation.Query(Id), cancellationToken);
}
