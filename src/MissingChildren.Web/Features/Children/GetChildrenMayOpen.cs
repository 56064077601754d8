using Mediator;

namespace MissingChildren.Web.Features.Children;

/// <summary>
/// Which of the children a screen names the signed-in person may open (<see cref="ChildAccess"/>): their names link to
/// the child's record; the others are named without a link.
/// </summary>
public static class GetChildrenMayOpen
{
    public sealed record Query(IReadOnlyCollection<Guid> ChildIds) : IQuery<IReadOnlySet<Guid>>;

    public sealed class Handler(ChildAccess access) : IQueryHandler<Query, IReadOnlySet<Guid>>
    {
        public async ValueTask<IReadOnlySet<Guid>> Handle(Query query, CancellationToken cancellationToken) =>
            await access.MayOpenAsync(query.ChildIds, cancellationToken);
    }
}
