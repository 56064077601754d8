using FluentValidation;
using Mediator;
using MissingChildren.Web.Features.Notes;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

public sealed class AddNoteModel(ISender mediator) : ChildPageModel(mediator)
{
    [BindProperty]
    public string? NoteTitle { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Mediator.Send(new AddCaseNote.Command(ChildId, NoteTitle, Text), cancellationToken);
        }
        catch (ValidationException ex)
        {
            foreach (var failure in ex.Errors)
            {
                ModelState.AddModelError(failure.PropertyName == nameof(AddCaseNote.Command.Title) ? nameof(NoteTitle) : failure.PropertyName, failure.ErrorMessage);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect(CasePath("notes"));
    }
}
