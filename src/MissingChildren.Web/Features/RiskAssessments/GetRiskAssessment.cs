using Mediator;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.RiskAssessments;

/// <summary>One version of a child's SERAF risk assessment, with its ticks, for the form: for those who may read the child's risk assessments.</summary>
public static class GetRiskAssessment
{
    public sealed record Query(Guid ChildId, Guid AssessmentId) : IQuery<Result?>;

    public sealed record Result(
        Guid Id, Guid Version, int VersionNumber, bool IsCurrent, string Status, int Score, string SuggestedCategory,
        IReadOnlyList<string> Vulnerabilities, IReadOnlyList<string> ModerateIndicators, IReadOnlyList<string> SignificantRecent, IReadOnlyList<string> SignificantCurrent,
        string? AssessorCategory, string? CategoryRationale, string? PrincipalConcern, string? AdditionalInformation, string AssessedBy, DateTimeOffset UpdatedAt,
        IReadOnlyList<VersionView> Versions);

    public sealed record VersionView(Guid Id, int VersionNumber, string Status, DateTimeOffset UpdatedAt, string AssessedBy);

    public sealed class Handler(AppDbContext db, ChildAccess access) : IQueryHandler<Query, Result?>
    {
        public async ValueTask<Result?> Handle(Query query, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(query.ChildId, RecordPart.RiskAssessments, PartAccess.Read, cancellationToken);
            var a = await db.RiskAssessments.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.AssessmentId && r.ChildId == query.ChildId, cancellationToken);
            if (a is null)
            {
                return null;
            }

            var versions = (await db.RiskAssessments.AsNoTracking().Where(r => r.SeriesId == a.SeriesId)
                    .Select(r => new { r.Id, r.VersionNumber, r.Status, r.UpdatedAt, r.AssessedBy }).ToListAsync(cancellationToken))
                .OrderByDescending(r => r.VersionNumber)
                .Select(r => new VersionView(r.Id, r.VersionNumber, r.Status.ToString(), r.UpdatedAt, r.AssessedBy)).ToList();
            var answers = a.ReadAnswers();
            return new Result(
                a.Id, a.Version, a.VersionNumber, a.IsCurrent, a.Status.ToString(), a.Score, a.SuggestedCategory,
                [.. answers.Vulnerabilities], [.. answers.ModerateIndicators], [.. answers.SignificantRecent], [.. answers.SignificantCurrent],
                a.AssessorCategory, a.CategoryRationale, a.PrincipalConcern, a.AdditionalInformation, a.AssessedBy, a.UpdatedAt, versions);
        }
    }

    public static bool IsAwaiting(string status) => status == nameof(RiskAssessmentStatus.AwaitingAuthorisation);
}
