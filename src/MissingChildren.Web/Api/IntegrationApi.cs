using FluentValidation;
using Mediator;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Episodes;
using MissingChildren.Web.Features.Integration;
using MissingChildren.Web.Features.Notifications;
using MissingChildren.Web.Features.Plans;
using MissingChildren.Domain.Notifications;
using MissingChildren.Web.Infrastructure.Api;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MissingChildren.Web.Api;

/// <summary>
/// The integration API (api.md): thin endpoints that read the JSON, send the same use cases the pages use, and
/// answer with the resource or RFC 9457 problem details. Bad input changes nothing.
/// </summary>
public static class IntegrationApi
{
    public static IEndpointRouteBuilder MapIntegrationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapIntegrationApiGroup();

        api.MapPost("/notifications", ReceiveNotificationAsync)
            .RequireAuthorization(ApiPolicies.NotificationsWrite)
            .Accepts<NotificationRequest>("application/json")
            .Produces<NotificationResponse>(StatusCodes.Status201Created)
            .Produces<NotificationResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .WithName("ReceiveNotification")
            .WithSummary("Receive a missing, absent or found notification")
            .WithDescription("Idempotent on source + sourceReference + kind: the same notification again returns the first result with 200 and changes nothing. A child identified by localId, or by one exact match, is linked and its duties raised at once; otherwise the notification waits for Front Door triage. A client without the read scope, or whose agency does not reach the child, gets triage \"Received\" with no childLocalId or episodeId: it learns nothing of the match.");

        api.MapPut("/children/{localId}", UpsertChildAsync)
            .RequireAuthorization(ApiPolicies.ChildrenWrite)
            .Accepts<ChildRequest>("application/json")
            .Produces<GetChild.Result>(StatusCodes.Status201Created)
            .Produces<GetChild.Result>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .WithName("PutChild")
            .WithSummary("Create or update a child from the council's case management system")
            .WithDescription("The whole child: every member is required, null where a value is not known (firstName, lastName and involvements may not be null); unaccompaniedAsylumSeeker, when absent, is left as it is. A missing member is refused, never taken as empty: use PATCH to change some details.");

        api.MapPatch("/children/{localId}", PatchChildAsync)
            .RequireAuthorization(ApiPolicies.ChildrenWrite)
            .Accepts<ChildRequest>(JsonBody.MergePatch)
            .Produces<GetChild.Result>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem()
            .WithName("PatchChild")
            .WithSummary("Change some of a child's details (RFC 7396 JSON merge patch)")
            .WithDescription("Members absent are unchanged; null clears a member that may be empty; involvements, when present, replace the list as PUT does.");

        api.MapGet("/children/{localId}", GetChildAsync)
            .RequireAuthorization(ApiPolicies.Read)
            .Produces<GetChild.Result>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetChild")
            .WithSummary("A child with involvements and episode summaries")
            .WithDescription(ReachDescription);

        api.MapGet("/children/{localId}/trigger-plan", GetTriggerPlanAsync)
            .RequireAuthorization(ApiPolicies.Read)
            .Produces<TriggerPlanResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetTriggerPlan")
            .WithSummary("The child's current trigger plan (001 Appendix 3), for the police to attach to a missing person report")
            .WithDescription(ReachDescription);

        api.MapMissingPersonProfileApi();

        api.MapGet("/episodes/{episodeId:guid}", GetEpisodeAsync)
            .RequireAuthorization(ApiPolicies.Read)
            .Produces<GetEpisode.Result>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetEpisode")
            .WithSummary("An episode with its duties and return home interview")
            .WithDescription(ReachDescription);

        return endpoints;
    }

    private static async Task<IResult> ReceiveNotificationAsync(HttpRequest request, ISender mediator, ApiReach reach, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, cancellationToken);
        var root = body.Root;
        var child = body.GetObject(root, "child", "child");
        body.OnlyMembers(root, "", NotificationMembers);
        body.OnlyMembers(child, "child", "localId", "firstName", "lastName", "dateOfBirth");
        var input = new EdgeInput();
        var command = new ReceiveNotification.Command(
            Source: body.GetString(root, "source", "source"),
            SourceReference: body.GetString(root, "sourceReference", "sourceReference"),
            Kind: input.Choice<NotificationKind>(body.GetString(root, "kind", "kind"), nameof(ReceiveNotification.Command.Kind), KindMessage),
            Child: child is null ? null : new ReceiveNotification.ChildAsReported(
                body.GetString(child, "localId", "child.localId"),
                body.GetString(child, "firstName", "child.firstName"),
                body.GetString(child, "lastName", "child.lastName"),
                input.Date(body.GetString(child, "dateOfBirth", "child.dateOfBirth"), "Child.DateOfBirth", ReceiveNotification.Labels.DateOfBirth, "2010-05-01")),
            MissingFrom: input.Instant(body.GetString(root, "missingFrom", "missingFrom"), nameof(ReceiveNotification.Command.MissingFrom), ReceiveNotification.Labels.MissingFrom, "2026-11-23T21:30:00+00:00"),
            ReportedAt: input.Instant(body.GetString(root, "reportedAt", "reportedAt"), nameof(ReceiveNotification.Command.ReportedAt), ReceiveNotification.Labels.ReportedAt, "2026-11-23T23:10:00+00:00"),
            FoundAt: input.Instant(body.GetString(root, "foundAt", "foundAt"), nameof(ReceiveNotification.Command.FoundAt), ReceiveNotification.Labels.FoundAt, "2026-11-24T08:15:00+00:00"),
            RelatesTo: body.GetString(root, "relatesTo", "relatesTo"),
            PoliceRiskLevel: body.GetString(root, "policeRiskLevel", "policeRiskLevel"),
            LastSeenLocation: body.GetString(root, "lastSeenLocation", "lastSeenLocation"),
            FoundLocation: body.GetString(root, "foundLocation", "foundLocation"),
            Circumstances: body.GetString(root, "circumstances", "circumstances"),
            Payload: body.Raw,
            InputErrors: input.Errors);

        return await SendAsync(body, async () =>
        {
            var result = await mediator.Send(command, cancellationToken);

            // A client that may not read what the notification was matched to learns nothing of the match, first time or again.
            var response = await reach.MayLearnMatchAsync(result.ChildLocalId, result.EpisodeId, cancellationToken)
                ? new NotificationResponse(result.NotificationId, result.ChildLocalId, result.EpisodeId, result.Triage.ToString())
                : new NotificationResponse(result.NotificationId, null, null, NotificationResponse.Received);
            return result.Created
                ? TypedResults.Created(response.EpisodeId is { } episodeId ? $"{ApiSetup.GroupPrefix}/episodes/{episodeId}" : (string?)null, response)
                : TypedResults.Ok(response);
        });
    }

    private static async Task<IResult> UpsertChildAsync(string localId, HttpRequest request, ISender mediator, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, cancellationToken);
        if (body.Root is null)
        {
            return Invalid(body);
        }

        var command = ChildBody.ToCommand(body, body.Root, localId);
        return await SendAsync(body, async () =>
        {
            var result = await mediator.Send(command, cancellationToken);
            return result.Created
                ? TypedResults.Created($"{ApiSetup.GroupPrefix}/children/{Uri.EscapeDataString(localId)}", result.Child)
                : TypedResults.Ok(result.Child);
        });
    }

    /// <summary>The patch is applied to the child as held and the result saved as a PUT would save it: same validation, same audit.</summary>
    private static async Task<IResult> PatchChildAsync(string localId, HttpRequest request, ISender mediator, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, cancellationToken, JsonBody.MergePatch);
        if (body.Root is null)
        {
            return Invalid(body);
        }

        if (await mediator.Send(new GetChild.Query(localId), cancellationToken) is not { } current)
        {
            return NotFound("No child has that local id. PUT creates a child; PATCH changes one.");
        }

        var command = ChildBody.ToCommand(body, ChildBody.Patched(current, body.Root), localId);
        return await SendAsync(body, async () => TypedResults.Ok((await mediator.Send(command, cancellationToken)).Child));
    }

    private static async Task<Results<Ok<GetChild.Result>, ProblemHttpResult>> GetChildAsync(string localId, ISender mediator, ApiReach reach, CancellationToken cancellationToken) =>
        await reach.ChildAsync(await mediator.Send(new GetChild.Query(localId), cancellationToken), cancellationToken) is { } child
            ? TypedResults.Ok(child)
            : NotFound("No child has that local id.");

    /// <summary>The trigger plan is shared with the police (001 §4, Appendix 3): a client reads it for a child it reaches.</summary>
    private static async Task<Results<Ok<TriggerPlanResponse>, ProblemHttpResult>> GetTriggerPlanAsync(string localId, ISender mediator, ApiReach reach, CancellationToken cancellationToken) =>
        await mediator.Send(new GetPlan.Query(Domain.Plans.PlanType.TriggerPlan, LocalId: localId), cancellationToken) is { } plan
        && await reach.MayReadChildAsync(plan.ChildId, Domain.Children.RecordPart.Plans, cancellationToken)
            ? TypedResults.Ok(new TriggerPlanResponse(
                plan.ChildLocalId, plan.VersionNumber, plan.SavedAt, plan.Background, plan.IfMissing, plan.PoliceActions, plan.FrequentedPlaces,
                plan.LinesOfEnquiry, plan.KnownAssociates, plan.FamilyMembers, plan.Professionals) { ChildId = plan.ChildId })
            : NotFound("No trigger plan is held for a child with that local id.");

    private static async Task<Results<Ok<GetEpisode.Result>, ProblemHttpResult>> GetEpisodeAsync(Guid episodeId, ISender mediator, ApiReach reach, CancellationToken cancellationToken) =>
        await reach.EpisodeAsync(await mediator.Send(new GetEpisode.Query(episodeId), cancellationToken), cancellationToken) is { } episode
            ? TypedResults.Ok(episode)
            : NotFound("No episode has that id.");

    /// <summary>Type errors in the JSON and validation failures come back together, each under its JSON path.</summary>
    internal static async Task<IResult> SendAsync(JsonBody body, Func<Task<IResult>> send)
    {
        if (body.Root is null)
        {
            return Invalid(body);
        }

        try
        {
            if (body.HasErrors)
            {
                return Invalid(body);
            }

            return await send();
        }
        catch (ValidationException ex)
        {
            foreach (var failure in ex.Errors)
            {
                body.Error(JsonBody.JsonPath(failure.PropertyName), failure.ErrorMessage);
            }

            return Invalid(body);
        }
    }

    private const string ReachDescription =
        "The read scope reaches what the client's agency needs to know: the council's case management system every child; a police client the children and episodes it reported, without involvements or duties; other agencies no child. Anything out of reach is answered 404 exactly as if it did not exist. Every answer is audited as read by the client.";

    /// <summary>The API names the values it accepts; the form asks the person to choose.</summary>
    private static readonly string KindMessage = InputMessages.NotOneOf("Kind", Enum.GetNames<NotificationKind>());

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    private static readonly string[] NotificationMembers =
    [
        "source", "sourceReference", "kind", "child", "missingFrom", "reportedAt", "foundAt", "relatesTo", "policeRiskLevel",
        "lastSeenLocation", "foundLocation", "circumstances",
    ];

    /// <summary>400 with each field's errors; a body refused unread is 413 (too large) or 415 (not JSON), in the same shape.</summary>
    private static ProblemHttpResult Invalid(JsonBody body) =>
        TypedResults.Problem(new HttpValidationProblemDetails(body.Errors)
        {
            Status = body.Status,
            Title = body.Status switch
            {
                StatusCodes.Status413PayloadTooLarge => "The request body is too large",
                StatusCodes.Status415UnsupportedMediaType => "The request body is not of a type this call reads",
                _ => "The request is not valid",
            },
            Detail = "Correct the fields listed in errors and send it again. Nothing was changed.",
        });
}

/// <summary>The notification body (api.md), described for OpenAPI.</summary>
public sealed record NotificationRequest(
    string Source, string SourceReference, string Kind, NotificationChild Child, DateTimeOffset? MissingFrom, DateTimeOffset? ReportedAt,
    DateTimeOffset? FoundAt, string? RelatesTo, string? PoliceRiskLevel, string? LastSeenLocation, string? FoundLocation, string? Circumstances);

public sealed record NotificationChild(string? LocalId, string? FirstName, string? LastName, DateOnly? DateOfBirth);

/// <summary>The answer to a notification. <see cref="Received"/>, with no child or episode, to a client that may not learn what it was matched to.</summary>
public sealed record NotificationResponse(Guid NotificationId, string? ChildLocalId, Guid? EpisodeId, string Triage)
{
    /// <summary>The notification is held; whether it matched a child is not said to this client.</summary>
    public const string Received = nameof(Received);
}

/// <summary>The child body (api.md), described for OpenAPI.</summary>
public sealed record ChildRequest(
    string FirstName, string LastName, DateOnly? DateOfBirth, string? Gender, string? Address, bool UnaccompaniedAsylumSeeker,
    IReadOnlyList<ChildInvolvement>? Involvements, string? AllocatedTeam, string? AllocatedWorkerEmail);

public sealed record ChildInvolvement(string Type, DateOnly StartDate, DateOnly? EndDate, string? LegalStatus, string? HomeAuthority);

/// <summary>A child's current trigger plan (001 Appendix 3), as the police read it.</summary>
public sealed record TriggerPlanResponse(
    string LocalId, int Version, DateTimeOffset SavedAt, string? Background, string? IfMissing, string? PoliceActions, string? FrequentedPlaces,
    string? LinesOfEnquiry, string? KnownAssociates, string? FamilyMembers, string? Professionals) : IShowsChildRecords
    {
        /// <summary>The child's id: audited as read (IShowsChildRecords), not part of the API's answer (api.md).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public Guid ChildId { get; init; }

        IEnumerable<ChildRecordRead> IShowsChildRecords.RecordsShown => [ChildRecordRead.Child(ChildId), new(ChildId, "Plan", $"{LocalId}/trigger-plan/{Version}")];
    }

