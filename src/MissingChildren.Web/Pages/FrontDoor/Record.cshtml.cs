using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using MissingChildren.Domain.Notifications;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.FrontDoor;

/// <summary>
/// Record a notification by hand (a phone call or email from a carer, a school or another authority): the same command
/// and validation as the API intake (ReceiveNotification), so it is linked and routed, or queued for triage, alike.
/// </summary>
[Authorize(Roles = FrontDoorAccess.Actors)]
[FormField("Child.LocalId", nameof(LocalId))]
[FormField("Child", nameof(FirstName))]
[FormField("Child.FirstName", nameof(FirstName))]
[FormField("Child.LastName", nameof(LastName))]
[FormField("Child.DateOfBirth", nameof(DateOfBirth))]
public sealed class RecordModel(ISender mediator, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<string> Sources = ["Police", "Carer", "School", "Other local authority", "Parent or family", "Other"];

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? SourceReference { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? LocalId { get; set; }

    [BindProperty]
    public string? FirstName { get; set; }

    [BindProperty]
    public string? LastName { get; set; }

    [BindProperty]
    public DateParts DateOfBirth { get; set; } = new();

    [BindProperty]
    public DateTimeParts MissingFrom { get; set; } = new();

    [BindProperty]
    public DateTimeParts ReportedAt { get; set; } = new();

    [BindProperty]
    public DateTimeParts FoundAt { get; set; } = new();

    [BindProperty]
    public string? RelatesTo { get; set; }

    [BindProperty]
    public string? PoliceRiskLevel { get; set; }

    [BindProperty]
    public string? LastSeenLocation { get; set; }

    [BindProperty]
    public string? FoundLocation { get; set; }

    [BindProperty]
    public string? Circumstances { get; set; }

    public IEnumerable<SelectListItem> SourceItems => Sources.Select(s => new SelectListItem(s, s));

    public static IEnumerable<SelectListItem> KindItems =>
    [
        new("Missing", "Missing") { Group = new SelectListGroup { Name = "Whereabouts unknown" } },
        new("Absent", "Absent") { Group = new SelectListGroup { Name = "Not where they should be, but not yet missing" } },
        new("Found", "Found") { Group = new SelectListGroup { Name = "The child has been found or has returned" } },
    ];

    public static IEnumerable<SelectListItem> RiskItems => [new("High", "High"), new("Medium", "Medium"), new("Not graded yet", "")];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var reference = string.IsNullOrWhiteSpace(SourceReference) ? NewReference() : SourceReference.Trim();
        if (Kind != nameof(NotificationKind.Found))
        {
            // The found questions belong to the Found choice (shown under it): on another kind of report they are not kept.
            FoundAt = new();
            FoundLocation = null;
            RelatesTo = null;
        }

        var input = new EdgeInput();
        var command = new ReceiveNotification.Command(
            Source, reference, input.Choice<NotificationKind>(Kind, nameof(Kind), ReceiveNotification.Labels.ChooseKind),
            new ReceiveNotification.ChildAsReported(LocalId, FirstName, LastName, input.Date(DateOfBirth, "Child.DateOfBirth", ReceiveNotification.Labels.DateOfBirth)),
            input.Instant(MissingFrom, nameof(MissingFrom), ReceiveNotification.Labels.MissingFrom),
            input.Instant(ReportedAt, nameof(ReportedAt), ReceiveNotification.Labels.ReportedAt),
            input.Instant(FoundAt, nameof(FoundAt), ReceiveNotification.Labels.FoundAt),
            RelatesTo, string.IsNullOrEmpty(PoliceRiskLevel) ? null : PoliceRiskLevel, LastSeenLocation, FoundLocation, Circumstances, "", input.Errors);
        command = command with { Payload = JsonSerializer.Serialize(new { recordedBy = "Front Door", command.Source, command.SourceReference, command.Kind, command.Child, command.MissingFrom, command.ReportedAt, command.FoundAt, command.RelatesTo, command.PoliceRiskLevel, command.LastSeenLocation, command.FoundLocation, command.Circumstances }, JsonOptions) };

        var result = await mediator.Send(command, cancellationToken);
        if (!result.Created)
        {
            TempData.Success($"This notification had already been recorded ({reference}): nothing was changed");
            return Redirect(Links.FrontDoor);
        }

        if (result.EpisodeId is { } episodeId)
        {
            TempData.Success($"Notification {reference} recorded and linked: the episode has been routed and its duties raised");
            return Redirect(Links.Episode(episodeId));
        }

        TempData.Success($"Notification {reference} recorded. It could not be linked to a child and is waiting in the triage queue");
        return Redirect(Links.FrontDoor);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A readable reference for a report that came without one: "FD-20261120-1405-7F3A".</summary>
    private string NewReference()
    {
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), DeadlineText.UkTime);
        return $"FD-{local:yyyyMMdd-HHmm}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(2))}";
    }
}
