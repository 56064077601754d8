using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Auditing;
using Mediator;
using MissingChildren.Web.Features.Documents;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Children;

/// <summary>
/// A document filed on the child's record, as the PDF generated when it was filed: for whoever may open the child's
/// case view. Downloaded as an attachment whose name carries the kind and an id only, never the child's details.
/// </summary>
public sealed class DocumentPdfModel(ISender mediator) : ChildPageModel(mediator)
{
    protected override RecordPart Part => RecordPart.Documents;

    protected override PartAccess NeededToOpen => PartAccess.Read;

    private Guid? _documentId;

    public override IEnumerable<ChildRecordRead> RecordsShown =>
        _documentId is { } id ? [.. base.RecordsShown, ChildRecordRead.Of(ChildId, "FiledDocument", id)] : base.RecordsShown;

    public async Task<IActionResult> OnGetAsync(Guid documentId, CancellationToken cancellationToken)
    {
        _documentId = documentId;
        var document = await Mediator.Send(new GetFiledDocument.Query(ChildId, documentId), cancellationToken);
        return document is null ? NotFound() : File(document.Pdf, "application/pdf", document.FileName);
    }
}
