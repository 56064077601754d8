using FluentValidation;
using FluentValidation.Results;
using MissingChildren.Web.Features.Oversight;
using MissingChildren.Web.Infrastructure.Mediator;

namespace MissingChildren.Web.Features.Reports;

/// <summary>What a report is for: a period of whole days in UK time, and one team or all the reader oversees.</summary>
/// <param name="From">The first day (Europe/London).</param>
/// <param name="To">The last day, included.</param>
/// <param name="Team">One team; null for every team the reader oversees (<see cref="OversightScope"/>).</param>
/// <param name="InputErrors">What the form sent that could not be read (a date that is not real, a team not listed).</param>
public sealed record ReportCriteria(DateOnly From, DateOnly To, Guid? Team, IReadOnlyList<ValidationFailure> InputErrors)
{
    public ReportCriteria(DateOnly from, DateOnly to, Guid? team = null)
        : this(from, to, team, [])
    {
    }

    /// <summary>The period as instants: from the start of <see cref="From"/> to the end of <see cref="To"/> in UK time.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) Instants(TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return (StartOf(From, zone), StartOf(To.AddDays(1), zone));
    }

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}

/// <summary>A report's use case: it carries the criteria, and their reading errors are reported with its validator's.</summary>
public interface IReportQuery : IParsedInput
{
    ReportCriteria Criteria { get; }

    IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => Criteria.InputErrors;
}

/// <summary>
/// The rules every report's criteria follow: the period runs forwards and is at most <see cref="MaximumYears"/> years,
/// and a team must be one the reader oversees.
/// </summary>
public abstract class ReportCriteriaValidator<T> : AbstractValidator<T>
    where T : IReportQuery
{
    public const int MaximumYears = 5;

    public const string ToBeforeFrom = "The to date must be the same as or after the from date";

    public static readonly string TooLong = $"The period must be {MaximumYears} years or shorter";

    public const string NotYourTeam = "Select a team you oversee";

    protected ReportCriteriaValidator(OversightScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        // The period is checked only when both dates were read: a date that is not real is its own error, not "before".
        RuleFor(q => q.Criteria.To).Cascade(CascadeMode.Stop)
            .Must((q, to) => to >= q.Criteria.From).WithMessage(ToBeforeFrom)
            .Must((q, to) => to <= q.Criteria.From.AddYears(MaximumYears)).WithMessage(TooLong)
            .When(q => q.Criteria.InputErrors.Count == 0);
        RuleFor(q => q.Criteria.Team)
            .MustAsync(async (team, cancellationToken) => (await scope.ReachAsync(cancellationToken)).Covers(team))
            .WithMessage(NotYourTeam);
    }
}
