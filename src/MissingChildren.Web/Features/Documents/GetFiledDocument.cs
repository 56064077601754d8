using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Documents;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Documents;

/// <summary>
/// A document filed on the child's record, with its PDF as generated when it was filed. Whoever may read the documents
/// of the child's record may read it (<see cref="ChildAccess"/>, <see cref="RecordPart.Documents"/>); null when the child has no such document.
/// </summary>
public static class GetFiledDocument
{
    public sealed record Query(Guid ChildId, Guid DocumentId) : IQuery<Result?>;

    public sealed record Result(Guid Id, Guid ChildId, DocumentKind Kind, DateTimeOffset FiledAt, byte[] Pdf)
    {
        /// <summary>A neutral file name: the kind and the document's id, never the child's details.</summary>
        public string FileName => $"{(Kind == DocumentKind.DirectorLetter ? "director-letter" : "serious-incident-notification")}-{Id:N}.pdf";
    }

    public sealed class Handler(AppDbContext db, ChildAccess access) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(query.ChildId, RecordPart.Documents, PartAccess.Read, cancellationToken);
            return await db.FiledDocuments.AsNoTracking()
                .Where(d => d.Id == query.DocumentId && d.ChildId == query.ChildId)
                .Select(d => new Result(d.Id, d.ChildId, d.Kind, d.FiledAt, d.Pdf))
                .SingleOrDefaultAsync(cancellationToken);
        }
    }
}
