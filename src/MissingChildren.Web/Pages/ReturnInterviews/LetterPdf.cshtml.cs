using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Web.Features.ReturnInterviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.ReturnInterviews;

/// <summary>The letter's PDF as generated and kept. The file name carries ids only, never the child's details.</summary>
[Authorize(Roles = Details.RhiFormPage.Readers)]
public sealed class LetterPdfModel(ISender mediator) : PageModel, IShowsChildRecords
{
    public IEnumerable<ChildRecordRead> RecordsShown { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid letterId, CancellationToken cancellationToken)
    {
        var letter = await mediator.Send(new GetLetter.Query(id, letterId), cancellationToken);
        RecordsShown = letter is null ? [] : [ChildRecordRead.Of(letter.ChildId, "RhiLetter", letter.Id)];
        return letter?.Pdf is null ? NotFound() : File(letter.Pdf, "application/pdf", $"rhi-letter-{letter.Id:N}.pdf");
    }
}
