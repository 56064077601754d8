using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Children;

/// <summary>A child with involvements and episode summaries (GET /api/v1/children/{localId}).</summary>
public static class GetChild
{
    public sealed record Query(string LocalId) : IQuery<Result?>;

    public sealed record InvolvementView(string Type, DateOnly StartDate, DateOnly? EndDate, string? LegalStatus, string? HomeAuthority);

    public sealed record EpisodeSummary(Guid Id, string Category, string Status, DateTimeOffset MissingFrom, DateTimeOffset? FoundAt);

    public sealed record Result(
        string LocalId,
        string FirstName,
        string LastName,
        DateOnly? DateOfBirth,
        string? Gender,
        string? Address,
        bool UnaccompaniedAsylumSeeker,
        string? AllocatedTeam,
        string? AllocatedWorkerEmail,
        IReadOnlyList<InvolvementView> Involvements,
        IReadOnlyList<EpisodeSummary> Episodes) : IShowsChildRecords
    {
        /// <summary>The child's id: audited as read (IShowsChildRecords), not part of the API's answer (api.md).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public Guid ChildId { get; init; }

        IEnumerable<ChildRecordRead> IShowsChildRecords.RecordsShown => [ChildRecordRead.Child(ChildId)];
    }

    public sealed class Handler(AppDbContext db) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken) =>
            await ReadAsync(db, query.LocalId, cancellationToken);
    }

    internal static async Task<Result?> ReadAsync(AppDbContext db, string localId, CancellationToken cancellationToken)
    {
        var child = await db.Children.AsNoTracking()
            .Where(c => c.LocalId == localId)
            .Select(c => new
            {
                c.Id, c.LocalId, c.FirstName, c.LastName, c.DateOfBirth, c.Gender, c.Address, c.IsUnaccompaniedAsylumSeeker,
                Team = db.Teams.Where(t => t.Id == c.AllocatedTeamId).Select(t => t.Name).FirstOrDefault(),
                // The named worker's e-mail, whether or not they have an account yet.
                Worker = db.Users.Where(u => u.Id == c.AllocatedWorkerId).Select(u => u.Email).FirstOrDefault() ?? c.AllocatedWorkerEmail,
                Involvements = c.Involvements.OrderBy(i => i.StartDate)
                    .Select(i => new { i.Type, i.StartDate, i.EndDate, i.LegalStatus, i.HomeAuthority }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (child is null)
        {
            return null;
        }

        var episodes = (await db.Episodes.AsNoTracking().Where(e => e.ChildId == child.Id)
                .Select(e => new { e.Id, e.Category, e.Status, e.MissingFrom, e.FoundAt })
                .ToListAsync(cancellationToken))
            .OrderByDescending(e => e.MissingFrom)
            .Select(e => new EpisodeSummary(e.Id, e.Category.ToString(), e.Status.ToString(), e.MissingFrom, e.FoundAt))
            .ToList();

        return new Result(
            child.LocalId, child.FirstName, child.LastName, child.DateOfBirth, child.Gender, child.Address, child.IsUnaccompaniedAsylumSeeker,
            child.Team, child.Worker,
            [.. child.Involvements.Select(i => new InvolvementView(i.Type.ToString(), i.StartDate, i.EndDate, i.LegalStatus, i.HomeAuthority))],
            episodes) { ChildId = child.Id };
    }
}
