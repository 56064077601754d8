using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Notes;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>R18: the social worker's meaningful contact after a return.</summary>
public sealed class RecordContactModel(ISender mediator) : ChildPageModel(mediator)
{
    protected override RecordPart Part => RecordPart.CaseNotes;

    [BindProperty]
    public DateTimeParts ContactAt { get; set; } = new();

    [BindProperty]
    public string? Summary { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        var contactAt = input.Instant(ContactAt, nameof(ContactAt), RecordSocialWorkerContact.ContactAtLabel);
        await Mediator.Send(new RecordSocialWorkerContact.Command(ChildId, contactAt, Summary, input.Errors), cancellationToken);
        TempData.Success("Social worker contact recorded");
        return Redirect(CasePath(CaseTab.Notes));
    }
}
