using Mediator;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>A letter kept on an RHI's record, as it was generated: for the printable page and the PDF.</summary>
public static class GetLetter
{
    public sealed record Query(Guid RhiId, Guid LetterId) : IQuery<Result?>;

    public sealed record Result(Guid RhiId, Guid Id, DateTimeOffset CreatedAt, string Recipients, string AddressedTo, string Salutation, string ChildName,
        IReadOnlyList<string> Paragraphs, string SignedBy, string ServiceName, byte[]? Pdf)
    {
        public Guid ChildId { get; init; }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            var scope = await access.ScopeAsync(cancellationToken);
            var childId = await RhiAccess.Visible(access.WithTeam(), scope).Where(x => x.Rhi.Id == query.RhiId).Select(x => (Guid?)x.Rhi.ChildId)
                .FirstOrDefaultAsync(cancellationToken);
            if (childId is null)
            {
                await access.NoteRefusedAsync(query.RhiId, cancellationToken);
                return null;
            }

            var letter = await db.RhiLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == query.LetterId && l.ReturnHomeInterviewId == query.RhiId, cancellationToken);
            return letter is null
                ? null
                : new Result(letter.ReturnHomeInterviewId, letter.Id, letter.CreatedAt, GetRhi.RecipientsText(letter.Recipients), letter.AddressedTo, letter.Salutation,
                    letter.ChildName, letter.Body.Split("\n\n"), letter.SignedBy, letter.ServiceName, letter.Pdf) { ChildId = childId.Value };
        }
    }
}
