using System.Globalization;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Domain.Time;

namespace MissingChildren.Domain.Duties;

/// <summary>
/// R30 (001 §3.2, §3.5): a team manager authorises every RHI and risk assessment sent to them. The one place their
/// <see cref="TaskType.ManagerAuthorisation"/> duties are made: the same title style, deadline and key format for both.
/// </summary>
/// <remarks>
/// The key is the duty engine's <c>{owner}/{rule}/{type}/{qualifier}/{round}</c>, the round counting the times the
/// record was sent. RHI duties have always used it (<c>{episode}/R30/ManagerAuthorisation/rhi-{id}/{round}</c>); risk
/// assessment duties raised before it used <c>R30:risk-assessment:{id}</c>. Nothing looks a duty up by these keys: they
/// only keep one duty per sending, so the older rows need no change.
/// </remarks>
public static class AuthorisationDuties
{
    /// <summary>R30: the manager decides within this many working days of it being sent (a policy reading: the protocols give no number).</summary>
    public const int WithinWorkingDays = 2;

    /// <summary>R30: the manager's decision is due by.</summary>
    public static DateTimeOffset DueAt(WorkingCalendar calendar, DateTimeOffset sentAt) => calendar.AddWorkingDays(sentAt, WithinWorkingDays);

    /// <summary>
    /// R30, R26: one duty for each episode the RHI covers, each finalised on its own, for the manager the profile names
    /// (<see cref="ManagerAuthorisationSettings.RhiAuthorisedBy"/>: the RHI team's, or the child's team's, 001 §3.5).
    /// <paramref name="round"/> is the how-many-th time it is sent (1 the first time).
    /// </summary>
    public static IReadOnlyList<DutyTask> ForReturnInterview(WorkingCalendar calendar, ManagerAuthorisationSettings settings, ReturnHomeInterview rhi, Guid? childTeamId,
        IEnumerable<Guid> episodeIds, int round, DateTimeOffset sentAt)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(rhi);
        var team = settings.RhiAuthorisingTeam(rhi.AllocatedTeamId, childTeamId);
        return [.. episodeIds.Select(episodeId => Duty(calendar, rhi.ChildId, episodeId, $"{episodeId:N}", $"rhi-{rhi.Id:N}", round, sentAt, team,
            "Authorise the return home interview and record the outcome", rhiId: rhi.Id))];
    }

    /// <summary>R30: the duty to authorise this version of a child's risk assessment, for the child's team.</summary>
    public static DutyTask ForRiskAssessment(WorkingCalendar calendar, RiskAssessment assessment, Guid? childTeamId, int round, DateTimeOffset sentAt)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return Duty(calendar, assessment.ChildId, assessment.EpisodeId, $"{assessment.ChildId:N}", $"risk-assessment-{assessment.Id:N}", round, sentAt, childTeamId,
            $"Authorise the Child Exploitation risk assessment (version {assessment.VersionNumber})", riskAssessmentId: assessment.Id);
    }

    private static DutyTask Duty(WorkingCalendar calendar, Guid childId, Guid? episodeId, string owner, string subject, int round, DateTimeOffset sentAt, Guid? teamId, string title,
        Guid? rhiId = null, Guid? riskAssessmentId = null) => new()
    {
        ChildId = childId,
        EpisodeId = episodeId,
        ReturnHomeInterviewId = rhiId,
        RiskAssessmentId = riskAssessmentId,
        Type = TaskType.ManagerAuthorisation,
        RuleId = RuleIds.ManagerAuthorisation,
        DedupeKey = Key(owner, subject, round),
        Title = title,
        Status = DutyStatus.Open,
        RaisedAt = sentAt,
        DueAt = DueAt(calendar, sentAt),
        AssigneeRole = PolicyRole.TeamManager,
        AssigneeTeamId = teamId,
    };

    /// <summary>The key of an authorisation duty: the duty engine's format (see remarks).</summary>
    public static string Key(string owner, string subject, int round) =>
        string.Create(CultureInfo.InvariantCulture, $"{owner}/{RuleIds.ManagerAuthorisation}/{TaskType.ManagerAuthorisation}/{subject}/{round}");
}
