using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Education;
using MissingChildren.Data;
using MissingChildren.Web.Features.Children;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Education;

/// <summary>One children missing education investigation (R40) with everything recorded in it, for a person who may read the child's education record.</summary>
public static class GetCmeInvestigation
{
    public sealed record Query(Guid Id) : IQuery<Result>;

    public sealed record Result(CmeInvestigation Investigation, string ChildName, string LocalId, bool MayChange, DateOnly Today);

    public sealed class Handler(AppDbContext db, ChildAccess access, TimeProvider clock) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken)
        {
            var investigation = await db.CmeInvestigations.AsNoTracking().Include(i => i.Enquiries).SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
                ?? throw new RecordNotFoundException();
            var part = await access.PartAsync(investigation.ChildId, RecordPart.Education, cancellationToken);
            if (part < PartAccess.Read)
            {
                throw new ChildAccessDeniedException();
            }

            var child = await db.Children.AsNoTracking().Where(c => c.Id == investigation.ChildId)
                .Select(c => new { Name = c.FirstName + " " + c.LastName, c.LocalId }).SingleAsync(cancellationToken);
            return new Result(investigation, child.Name, child.LocalId, part >= PartAccess.Change, CmeSteps.Today(clock));
        }
    }
}
