using Mediator;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.RiskAssessments;

/// <summary>
/// R22 (001 §2.4): a refusal of consent to the return home interview, and its reasons, "considered as part of the risk
/// assessment": the child's refusals, newest first, for the risk assessment and the manager's authorisation. Empty where
/// the profile does not feed refusals into the risk assessment. For those who may read the child's return interviews.
/// </summary>
public static class GetConsentRefusals
{
    public sealed record Query(Guid ChildId) : IQuery<IReadOnlyList<Refusal>>;

    /// <param name="GivenBy">Who refused: the child, or a parent or carer, with their name as recorded.</param>
    public sealed record Refusal(Guid RhiId, DateTimeOffset At, string GivenBy, string? Reasons);

    public sealed class Handler(AppDbContext db, ReturnInterviewRules rules, ChildAccess access) : IQueryHandler<Query, IReadOnlyList<Refusal>>
    {
        public async ValueTask<IReadOnlyList<Refusal>> Handle(Query query, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(query.ChildId, RecordPart.ReturnInterviews, PartAccess.Read, cancellationToken);
            if (!(rules.Settings.Consent ?? ReturnInterviewRules.DefaultConsent).RefusalFeedsRiskAssessment)
            {
                return [];
            }

            var refusals = await (
                    from c in db.ConsentRecords.AsNoTracking()
                    join r in db.ReturnHomeInterviews on c.ReturnHomeInterviewId equals r.Id
                    where r.ChildId == query.ChildId && !c.Consented && r.SupersededById == null
                    select new { r.Id, c.At, c.GivenBy, c.Reasons })
                .ToListAsync(cancellationToken);
            return [.. refusals.OrderByDescending(c => c.At).Select(c => new Refusal(c.Id, c.At, GivenByText(c.GivenBy), c.Reasons))];
        }
    }

    /// <summary>"ParentOrCarer: Sam Smith" as a person reads it.</summary>
    public static string GivenByText(string givenBy)
    {
        ArgumentNullException.ThrowIfNull(givenBy);
        var (who, name) = givenBy.IndexOf(':', StringComparison.Ordinal) is var i and >= 0 ? (givenBy[..i], givenBy[(i + 1)..].Trim()) : (givenBy, "");
        var role = who switch
        {
            nameof(ConsentGiver.ParentOrCarer) => "The parent or carer",
            nameof(ConsentGiver.Child) => "The child",
            _ => who,
        };
        return name.Length == 0 ? role : $"{role}, {name}";
    }
}
