using Mediator;
using MissingChildren.Web.Features.Education;
using MissingChildren.Web.Infrastructure.Api;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Api;

/// <summary>
/// R39: <c>POST /api/v1/attendance/absences</c> (scope <c>attendance:write</c>): a school's or the council's attendance
/// system sends a child's absence from school. Idempotent by school, child and date: 201 the first time, 200 with the same
/// absence after. Bad input is 400 problem+json, nothing saved.
/// </summary>
public static class AttendanceApi
{
    private static readonly string[] Members = ["childLocalId", "school", "date", "reason", "vulnerable"];

    public static IEndpointRouteBuilder MapAttendanceApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapIntegrationApiGroup().MapPost("/attendance/absences", RecordAbsenceAsync)
            .RequireAuthorization(ApiPolicies.AttendanceWrite)
            .WithName("RecordSchoolAbsence")
            .Accepts<AbsenceRequest>(JsonBody.Json)
            .Produces<AbsenceResponse>(StatusCodes.Status201Created)
            .Produces<AbsenceResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
        return endpoints;
    }

    private static async Task<IResult> RecordAbsenceAsync(HttpRequest request, ISender mediator, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, cancellationToken);
        var root = body.Root;
        body.OnlyMembers(root, "", Members);
        var input = new EdgeInput();
        var command = new RecordSchoolAbsence.Command(
            ChildLocalId: body.GetString(root, "childLocalId", "childLocalId"),
            School: body.GetString(root, "school", "school"),
            Date: input.Date(body.GetString(root, "date", "date"), nameof(RecordSchoolAbsence.Command.Date), RecordSchoolAbsence.DateLabel, "2026-11-23"),
            Reason: body.GetString(root, "reason", "reason"),
            Vulnerable: body.GetBoolean(root, "vulnerable", "vulnerable") ?? false,
            ByHand: false,
            InputErrors: input.Errors);
        return await IntegrationApi.SendAsync(body, async () =>
        {
            var result = await mediator.Send(command, cancellationToken);
            var response = new AbsenceResponse(result.AbsenceId, result.ChildLocalId, result.School, result.Date, result.ConsecutiveAbsences);
            return result.Created ? TypedResults.Created((string?)null, response) : TypedResults.Ok(response);
        });
    }
}

/// <summary>An absence from school as the attendance system sends it (README, "Integration API").</summary>
public sealed record AbsenceRequest(string ChildLocalId, string School, DateOnly Date, string? Reason, bool? Vulnerable);

/// <summary>The absence as kept, with the child's consecutive school-day absences counted back from their latest (R39).</summary>
public sealed record AbsenceResponse(Guid AbsenceId, string ChildLocalId, string School, DateOnly Date, int ConsecutiveAbsences);
