using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Children;

public sealed class RecordFoundModel(ISender mediator) : ChildPageModel(mediator)
{
    protected override RecordPart Part => RecordPart.Episodes;

    [BindProperty]
    public DateTimeParts FoundAt { get; set; } = new();

    [BindProperty]
    public string? FoundLocation { get; set; }

    [BindProperty]
    public string? FoundBy { get; set; }

    [BindProperty]
    public string? SafeAndWellCheckDone { get; set; }

    [BindProperty]
    public string? SafeAndWellCheck { get; set; }

    public static IEnumerable<SelectListItem> YesNo => [new("Yes", "Yes"), new("No", "No")];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = new EdgeInput();
        var foundAt = input.Instant(FoundAt, nameof(FoundAt), RecordFound.FoundAtLabel);
        var checkDone = input.YesNo(SafeAndWellCheckDone, nameof(SafeAndWellCheckDone), RecordFound.ChooseSafeAndWell);
        await Mediator.Send(new RecordFound.Command(ChildId, foundAt, FoundLocation, FoundBy, checkDone, SafeAndWellCheck, input.Errors), cancellationToken);
        TempData.Success("Return recorded: the child is no longer missing");
        return Redirect(CasePath());
    }
}
