using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MissingChildren.Domain;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;

namespace MissingChildren.IntegrationTests.Education;

/// <summary>
/// R39 (Rutland 004): absences from school, sent by the attendance system (<c>POST /api/v1/attendance/absences</c>) or
/// entered by hand, counted in consecutive school days; the school absence meeting duty and its record.
/// </summary>
public abstract partial class EducationPageTests
{
    private const string Absences = "/api/v1/attendance/absences";

    /// <summary>The school days before today, latest first (weekends skipped; the test clock's dates have no bank holiday near).</summary>
    private List<DateOnly> SchoolDaysBefore(int count)
    {
        var days = new List<DateOnly>();
        for (var day = Today.AddDays(-1); days.Count < count; day = day.AddDays(-1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(day);
            }
        }

        return days;
    }

    private static object Absence(string localId, DateOnly date, bool vulnerable = false) =>
        new { childLocalId = localId, school = "Oakham Church of England Primary", date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reason = (string?)null, vulnerable };

    [Fact]
    public async Task R39_ThreeConsecutiveAbsencesFromTheAttendanceSystem_AreCounted_RaiseOneMeetingDuty_AndTheMeetingClosesIt()
    {
        var child = await _data.ChildAsync("CIN");
        var api = _app.CreateApiClient(EducationAppFactory.AttendanceKey);
        var days = SchoolDaysBefore(3);

        var (first, firstBody) = await api.PostJsonAsync(Absences, Absence(child.LocalId, days[2]));
        var (again, againBody) = await api.PostJsonAsync(Absences, Absence(child.LocalId, days[2]));
        await api.PostJsonAsync(Absences, Absence(child.LocalId, days[1]));
        var (_, third) = await api.PostJsonAsync(Absences, Absence(child.LocalId, days[0]));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((string?)firstBody!["absenceId"], (string?)againBody!["absenceId"]);
        Assert.Equal(3, (int)third!["consecutiveAbsences"]!);
        var duty = await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.ChildId == child.Id && t.Type == TaskType.SchoolAbsenceMeeting));
        Assert.Equal(PolicyRole.Education, duty.AssigneeRole);
        Assert.Equal(RuleIds.SchoolAbsence, duty.RuleId);

        var officer = await _app.SignedInAsync(Roles.Education);
        var education = await officer.GetAsync("/education");
        var row = education.Document.QuerySelectorAll("[data-testid=school-absences] tbody tr").Single(r => r.TextContent.Contains(child.LocalId, StringComparison.Ordinal));
        Assert.Contains("A return interview may be offered", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(education.Document.QuerySelector($"[data-testid=education-duties] a[href='/education/meetings/{duty.Id}']"));

        var meeting = await officer.GetAsync($"/education/meetings/{duty.Id}");
        var empty = await officer.SubmitAsync(meeting, new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Select whether attendance will be monitored", empty.ErrorSummary);
        Assert.Contains("Enter the outcome of the meeting", empty.ErrorSummary);
        var saved = await officer.SubmitAsync(meeting, new Dictionary<string, string?>
        {
            ["HeldOn.Day"] = Today.Day.ToString(CultureInfo.InvariantCulture),
            ["HeldOn.Month"] = Today.Month.ToString(CultureInfo.InvariantCulture),
            ["HeldOn.Year"] = Today.Year.ToString(CultureInfo.InvariantCulture),
            ["Attendees"] = "Parent\nSchool inclusion officer",
            ["Outcome"] = "Support offered; lesson tracker in place",
            ["MonitorAttendance"] = "Yes",
            ["ReturnInterviewOffered"] = "Yes",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(DutyStatus.Done, (await _app.WithDbAsync(db => db.DutyTasks.SingleAsync(t => t.Id == duty.Id))).Status);
        Assert.True(await _app.WithDbAsync(db => db.SchoolAbsenceMeetings.AnyAsync(m => m.DutyTaskId == duty.Id && m.MonitorAttendance)));
    }

    public static TheoryData<string, string, string> BadAbsences => new()
    {
        { """{"school":"Oakham","date":"2026-11-23"}""", "childLocalId", "Enter the child's local ID" },
        { """{"childLocalId":"NO-SUCH-CHILD","school":"Oakham","date":"{schoolDay}"}""", "childLocalId", "No child has this local ID" },
        { """{"childLocalId":"X","school":"Oakham","date":"23/11/2026"}""", "date", "The date of the absence must be a real date, like 2026-11-23" },
        { """{"childLocalId":"X","date":"2026-11-23"}""", "school", "Enter the school" },
        { """{"childLocalId":"X","school":"Oakham","date":"2026-11-23","colour":"red"}""", "colour", "" },
    };

    [Theory]
    [MemberData(nameof(BadAbsences))]
    public async Task Post_Absence_WithBadInput_Is400ProblemJson_AndSavesNothing(string json, string field, string message)
    {
        var before = await _app.WithDbAsync(db => db.SchoolAbsences.CountAsync());

        json = json.Replace("{schoolDay}", SchoolDaysBefore(1)[0].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var (response, body) = await _app.CreateApiClient(EducationAppFactory.AttendanceKey).PostJsonAsync(Absences, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = body!["errors"]![field]!.AsArray().Select(e => (string?)e).ToList();
        Assert.True(message.Length == 0 || errors.Contains(message), string.Join("; ", errors));
        Assert.Equal(before, await _app.WithDbAsync(db => db.SchoolAbsences.CountAsync()));
    }

    [Fact]
    public async Task Post_Absence_WithoutTheAttendanceScope_IsForbidden()
    {
        var child = await _data.ChildAsync();

        var (response, _) = await _app.CreateApiClient().PostJsonAsync(Absences, Absence(child.LocalId, SchoolDaysBefore(1)[0]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await _app.WithDbAsync(db => db.SchoolAbsences.AnyAsync(a => a.ChildId == child.Id)));
    }

    [Fact]
    public async Task R39_AnAbsenceEnteredByHand_ForAVulnerableChild_MayBeOfferedAReturnInterviewAtOnce()
    {
        var child = await _data.ChildAsync();
        var officer = await _app.SignedInAsync(Roles.Education);
        var form = await officer.GetAsync("/education/absences/new");
        var day = SchoolDaysBefore(1)[0];

        var empty = await officer.SubmitAsync(form, new Dictionary<string, string?>());
        var saved = await officer.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["ChildLocalId"] = child.LocalId, ["School"] = "Uppingham Community College", ["Date.Day"] = day.Day.ToString(CultureInfo.InvariantCulture),
            ["Date.Month"] = day.Month.ToString(CultureInfo.InvariantCulture), ["Date.Year"] = day.Year.ToString(CultureInfo.InvariantCulture), ["Vulnerable"] = "Yes",
        });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Enter the child's local ID", empty.ErrorSummary);
        Assert.Contains("Enter the date of the absence", empty.ErrorSummary);
        Assert.Equal("/education", saved.Location);
        var education = await officer.GetAsync("/education");
        var row = education.Document.QuerySelectorAll("[data-testid=school-absences] tbody tr").Single(r => r.TextContent.Contains(child.LocalId, StringComparison.Ordinal));
        Assert.Contains("Vulnerable", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("A return interview may be offered", row.TextContent, StringComparison.Ordinal);
    }
}
