using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Notes;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

[FormField(nameof(AddCaseNote.Command.Title), nameof(NoteTitle))]
public sealed class AddNoteModel(ISender mediator) : ChildPageModel(mediator)
{
    protected override RecordPart Part => RecordPart.CaseNotes;

    [BindProperty]
    public string? NoteTitle { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new AddCaseNote.Command(ChildId, NoteTitle, Text), cancellationToken);
        TempData.Success("Case note added");
        return Redirect(CasePath(CaseTab.Notes));
    }
}
