using System.Globalization;
using MissingChildren.Domain.Policy;

namespace MissingChildren.Domain.Documents;

/// <summary>The facts of the child's record a Director letter (R9) or a Serious Incident Notification (R31) states.</summary>
public sealed record DocumentFacts(
    string ChildName,
    string ChildLocalId,
    DateOnly? DateOfBirth,
    string? HomeAuthority,
    int NotificationsAboutChild,
    bool LookedAfter,
    bool ChildInNeed,
    bool ProtectionPlan,
    DateTimeOffset? MissingFrom,
    DateTimeOffset? ReportedAt,
    DateTimeOffset? FoundAt,
    string? PoliceRisk,
    string? LastSeen,
    string? FoundLocation,
    DateTimeOffset Now);

/// <summary>
/// The wording of the documents managers file on the child's record: the Director letter to the home authority
/// (R9, 001 §4.3) and the Serious Incident Notification to the Assistant Director (R31, 001 §3.4). The facts come
/// from the record; the manager adds the concerns and the actions.
/// </summary>
public static class DocumentText
{
    public const string DirectorTitle = "Director of Children's Services";

    public const string AssistantDirectorTitle = "Assistant Director of Children's Services";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById(Time.WorkingCalendar.UkTimeZoneId);

    public static string Title(DocumentKind kind) => kind switch
    {
        DocumentKind.DirectorLetter => "Director letter to the home authority",
        _ => "Serious Incident Notification",
    };

    /// <summary>Who the council's documents come from, as printed at the top.</summary>
    public static string From(PolicyProfile profile) => $"{profile.Authority} Children's Services";

    public static string AddressedTo(DocumentKind kind, PolicyProfile profile, DocumentFacts facts, string? sentTo) => kind switch
    {
        DocumentKind.DirectorLetter => $"The {DirectorTitle}\n{facts.HomeAuthority ?? "The home authority"}",
        _ => string.IsNullOrWhiteSpace(sentTo)
            ? $"The {AssistantDirectorTitle}\n{profile.Authority}"
            : $"{sentTo.Trim()}\n{AssistantDirectorTitle}\n{profile.Authority}",
    };

    /// <summary>R31 (001 §3.4): why the notification is needed, one reason a line, in the profile's terms.</summary>
    public static IReadOnlyList<string> SeriousIncidentReasons(SeriousIncidentNotificationSettings? settings, DocumentFacts facts, string authority)
    {
        var reasons = new List<string>();
        if (settings is null)
        {
            return reasons;
        }

        if (settings.WhenLookedAfter && facts.LookedAfter)
        {
            reasons.Add($"is looked after by {authority}");
        }

        if (settings.WhenChildInNeedOrProtectionPlan && facts.ChildInNeed)
        {
            reasons.Add("has a child in need plan");
        }

        if (settings.WhenChildInNeedOrProtectionPlan && facts.ProtectionPlan)
        {
            reasons.Add("has a child protection plan");
        }

        if (settings.WhenMissingAtLeastHours is { } hours && facts.MissingFrom is { } from && (facts.FoundAt ?? facts.Now) - from >= TimeSpan.FromHours(hours))
        {
            reasons.Add($"was missing for {hours.ToString(CultureInfo.InvariantCulture)} hours or more ({Duration((facts.FoundAt ?? facts.Now) - from)})");
        }

        return reasons;
    }

    /// <summary>The facts paragraphs (separated by blank lines) the document states, taken from the record.</summary>
    public static string Facts(DocumentKind kind, PolicyProfile profile, DocumentFacts facts)
    {
        var paragraphs = new List<string>();
        var born = facts.DateOfBirth is { } dob ? $" (born {dob.ToString("d MMMM yyyy", English)})" : "";
        if (kind == DocumentKind.DirectorLetter)
        {
            var count = facts.NotificationsAboutChild.ToString(CultureInfo.InvariantCulture);
            paragraphs.Add($"We are writing to let you know that {facts.ChildName}{born}, who is looked after by {facts.HomeAuthority ?? "your authority"} and living in our area, has been the subject of {count} missing {(facts.NotificationsAboutChild == 1 ? "notification" : "notifications")} to {profile.Authority}.");
            paragraphs.Add("Under our protocol, where we receive four or more missing notifications about a child in the care of another local authority, or any notification which shows that the child is at risk of harm, we make urgent contact with the home authority and write to advise its Director of Children's Services.");
        }
        else
        {
            var reasons = SeriousIncidentReasons(profile.AfterReturn.SeriousIncidentNotification, facts, profile.Authority);
            paragraphs.Add($"This Serious Incident Notification is about {facts.ChildName}{born}.");
            paragraphs.Add(reasons.Count == 0
                ? "A Serious Incident Notification is needed under the protocol."
                : "A Serious Incident Notification is needed because the child " + Join(reasons) + ".");
        }

        if (facts.MissingFrom is { } missing)
        {
            var episode = $"The child was last seen {Local(missing)}{(facts.LastSeen is { Length: > 0 } seen ? $" at {seen}" : "")}";
            episode += facts.ReportedAt is { } reported ? $" and reported missing {Local(reported)}." : ".";
            episode += facts.FoundAt is { } found
                ? $" The child was found {Local(found)}{(facts.FoundLocation is { Length: > 0 } at ? $" at {at}" : "")}, after {Duration(found - missing)}."
                : " The child has not yet been found.";
            if (facts.PoliceRisk is { } risk)
            {
                episode += $" The police graded the risk as {risk}.";
            }

            paragraphs.Add(episode);
        }

        return string.Join("\n\n", paragraphs);
    }

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Local(DateTimeOffset instant) =>
        "on " + TimeZoneInfo.ConvertTime(instant, UkTime).ToString("d MMMM yyyy 'at' HH:mm", English);

    private static string Duration(TimeSpan span)
    {
        var hours = (int)span.TotalHours;
        return hours >= 48
            ? $"{(hours / 24).ToString(CultureInfo.InvariantCulture)} days {(hours % 24).ToString(CultureInfo.InvariantCulture)} hours"
            : $"{hours.ToString(CultureInfo.InvariantCulture)} hours {span.Minutes.ToString(CultureInfo.InvariantCulture)} minutes";
    }
}
