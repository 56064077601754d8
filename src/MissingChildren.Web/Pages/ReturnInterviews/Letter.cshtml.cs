using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.ReturnInterviews;

/// <summary>The printable letter, as kept on the record.</summary>
[Authorize(Roles = Details.RhiFormPage.Readers)]
public sealed class LetterModel(ISender mediator) : PageModel, IShowsChildRecords
{
    public GetLetter.Result Letter { get; private set; } = default!;

    public IEnumerable<ChildRecordRead> RecordsShown => [ChildRecordRead.Of(Letter.ChildId, "RhiLetter", Letter.Id)];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid letterId, CancellationToken cancellationToken)
    {
        var letter = await mediator.Send(new GetLetter.Query(id, letterId), cancellationToken);
        if (letter is null)
        {
            return NotFound();
        }

        Letter = letter;
        return Page();
    }
}
