using Mediator;
using MissingChildren.Domain.Plans;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Plans;

/// <summary>
/// The current trigger or prevention plan of a child, found by the child's id (the case view) or by their local id
/// (the police, <c>GET /api/v1/children/{localId}/trigger-plan</c>). By the child's id, the signed-in person must
/// be allowed to read the child's plans (<see cref="ChildAccess"/>).
/// </summary>
public static class GetPlan
{
    public sealed record Query(PlanType Type, Guid? ChildId = null, string? LocalId = null) : IQuery<Result?>;

    public sealed record Result(
        string ChildLocalId, string ChildName, DateOnly? DateOfBirth, string? Address, string Type, int VersionNumber, Guid Version,
        string? Background, string? IfMissing, string? PoliceActions, string? FrequentedPlaces, string? LinesOfEnquiry,
        string? KnownAssociates, string? FamilyMembers, string? Professionals, DateTimeOffset SavedAt, string SavedBy)
    {
        public Guid ChildId { get; init; }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            if (query.ChildId is { } childId)
            {
                await access.EnsureAsync(childId, RecordPart.Plans, PartAccess.Read, cancellationToken);
            }

            var children = db.Children.AsNoTracking();
            children = query.ChildId is { } id ? children.Where(c => c.Id == id) : children.Where(c => c.LocalId == query.LocalId);
            return await children
                .SelectMany(c => db.Plans.Where(p => p.ChildId == c.Id && p.Type == query.Type && p.IsCurrent), (c, p) => new Result(
                    c.LocalId, c.FirstName + " " + c.LastName, c.DateOfBirth, c.Address, p.Type.ToString(), p.VersionNumber, p.Version,
                    p.Background, p.IfMissing, p.PoliceActions, p.FrequentedPlaces, p.LinesOfEnquiry,
                    p.KnownAssociates, p.FamilyMembers, p.Professionals, p.SavedAt, p.SavedBy) { ChildId = c.Id })
                .FirstOrDefaultAsync(cancellationToken);
        }
    }

    public static string Title(PlanType type) => type == PlanType.TriggerPlan ? "Trigger plan" : "Missing prevention plan";

    public static string Slug(PlanType type) => type == PlanType.TriggerPlan ? "trigger-plan" : "prevention-plan";

    public static PlanType? FromSlug(string? slug) => slug switch
    {
        "trigger-plan" => PlanType.TriggerPlan,
        "prevention-plan" => PlanType.PreventionPlan,
        _ => null,
    };
}
