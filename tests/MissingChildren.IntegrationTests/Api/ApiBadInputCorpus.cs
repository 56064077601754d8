namespace MissingChildren.IntegrationTests.Api;

/// <summary>One bad request: what is sent, the 4xx it must get, and the field its errors must name (null: no field).</summary>
public sealed record ApiBadInput(string Method, string Url, string? ContentType, string Body, int Status, string? Field);

/// <summary>
/// The API bad-input corpus (api.md: bad input never changes state): malformed and hostile bodies, enums, dates, text,
/// sizes, media types, methods and addresses. The clock of the test hosts is Friday 20 November 2026, 14:00 UTC.
/// </summary>
public static class ApiBadInputCorpus
{
    private const string Json = "application/json";
    private const string MergePatch = "application/merge-patch+json";
    private const string Notifications = "/api/v1/notifications";
    private const string NewChild = "/api/v1/children/CORPUS-C1";
    private const string KnownChild = "/api/v1/children/P100";
    private const string Child = """ "child":{"localId":"P120"} """;
    private const string Seen = """ "missingFrom":"2026-11-20T10:00:00+00:00" """;

    public static readonly IReadOnlyDictionary<string, ApiBadInput> Cases = new Dictionary<string, ApiBadInput>(StringComparer.Ordinal)
    {
        // Five kinds of input that once answered 500.
        ["report: duplicate member"] = Report($""" "source":"Police","source":"Other","sourceReference":"C-1","kind":"Missing",{Child},{Seen} """, "source"),
        ["report: duplicate member in the child"] = Report($$""" "source":"Police","sourceReference":"C-2","kind":"Missing","child":{"localId":"P120","localId":"P121"},{{Seen}} """, "child.localId"),
        ["report: lone high surrogate"] = Report($""" "source":"Police","sourceReference":"C-3\ud800","kind":"Missing",{Child},{Seen} """, "sourceReference"),
        ["report: lone low surrogate"] = Report($""" "source":"Police","sourceReference":"C-4","kind":"Missing",{Child},{Seen},"circumstances":"\udc00 x" """, "circumstances"),
        ["report: lone surrogate in a member name"] = Report($""" "source":"Police","sourceReference":"C-5","kind":"Missing",{Child},{Seen},"\ud800":1 """, "$"),
        ["report: missing from in year 1"] = Report($""" "source":"Police","sourceReference":"C-6","kind":"Missing",{Child},"missingFrom":"0001-01-01T00:00:00+00:00" """, "missingFrom"),
        ["report: missing from in year 1, east of UTC"] = Report($""" "source":"Police","sourceReference":"C-7","kind":"Missing",{Child},"missingFrom":"0001-01-01T00:00:00+05:00" """, "missingFrom"),
        ["report: found in year 1"] = Report($""" "source":"Police","sourceReference":"C-8","kind":"Found",{Child},"foundAt":"0001-01-01T00:00:00+00:00" """, "foundAt"),
        ["report: more than the size limit"] = Report($""" "source":"Police","sourceReference":"C-9","kind":"Missing",{Child},{Seen},"circumstances":"{new string('x', 300 * 1024)}" """, "$", 413),

        // Enums: exactly one of the names.
        ["report: kind as a number in a string"] = Report($""" "source":"Police","sourceReference":"C-10","kind":"0",{Child},{Seen} """, "kind"),
        ["report: kind with a sign"] = Report($""" "source":"Police","sourceReference":"C-11","kind":"+0",{Child},{Seen} """, "kind"),
        ["report: kind padded"] = Report($""" "source":"Police","sourceReference":"C-12","kind":"Missing ",{Child},{Seen} """, "kind"),
        ["report: kind padded before"] = Report($""" "source":"Police","sourceReference":"C-13","kind":" Missing",{Child},{Seen} """, "kind"),
        ["report: kind in lower case"] = Report($""" "source":"Police","sourceReference":"C-14","kind":"missing",{Child},{Seen} """, "kind"),
        ["report: kinds as flags"] = Report($""" "source":"Police","sourceReference":"C-15","kind":"Missing, Absent",{Child},{Seen} """, "kind"),
        ["report: kind as a JSON number"] = Report($""" "source":"Police","sourceReference":"C-16","kind":0,{Child},{Seen} """, "kind"),
        ["report: police risk padded"] = Report($""" "source":"Police","sourceReference":"C-17","kind":"Missing",{Child},{Seen},"policeRiskLevel":"Medium " """, "policeRiskLevel"),
        ["report: police risk as a number"] = Report($""" "source":"Police","sourceReference":"C-18","kind":"Missing",{Child},{Seen},"policeRiskLevel":"1" """, "policeRiskLevel"),

        // Dates the service cannot believe.
        ["report: missing from 1900"] = Report($""" "source":"Police","sourceReference":"C-19","kind":"Missing",{Child},"missingFrom":"1900-01-01T10:00:00+00:00" """, "missingFrom"),
        ["report: missing before the child was born"] = Report($$""" "source":"Police","sourceReference":"C-20","kind":"Missing","child":{"localId":"P120","dateOfBirth":"2015-06-01"},"missingFrom":"2014-06-01T10:00:00+00:00" """, "missingFrom"),
        ["report: reported in 1999"] = Report($""" "source":"Police","sourceReference":"C-21","kind":"Missing",{Child},{Seen},"reportedAt":"1999-12-31T10:00:00+00:00" """, "reportedAt"),
        ["report: found tomorrow"] = Report($""" "source":"Police","sourceReference":"C-22","kind":"Found",{Child},"foundAt":"2026-11-21T14:00:00+00:00" """, "foundAt"),
        ["report: born in year 1"] = Report($$""" "source":"Police","sourceReference":"C-23","kind":"Missing","child":{"localId":"P120","dateOfBirth":"0001-01-01"},{{Seen}} """, "child.dateOfBirth"),
        ["report: born 36 years ago"] = Report($$""" "source":"Police","sourceReference":"C-24","kind":"Missing","child":{"localId":"P120","dateOfBirth":"1990-01-01"},{{Seen}} """, "child.dateOfBirth"),
        ["report: born next year"] = Report($$""" "source":"Police","sourceReference":"C-25","kind":"Missing","child":{"localId":"P120","dateOfBirth":"2027-01-01"},{{Seen}} """, "child.dateOfBirth"),

        // Members the contract does not have are refused, not kept.
        ["report: unknown member"] = Report($""" "source":"Police","sourceReference":"C-26","kind":"Missing",{Child},{Seen},"extra":"x" """, "extra"),
        ["report: unknown member of the child"] = Report($$""" "source":"Police","sourceReference":"C-27","kind":"Missing","child":{"localId":"P120","nickname":"A"},{{Seen}} """, "child.nickname"),
        ["report: a large unknown member"] = Report($""" "source":"Police","sourceReference":"C-28","kind":"Missing",{Child},{Seen},"attachment":"{new string('a', 200 * 1024)}" """, "attachment"),

        // Control and invisible characters.
        ["report: NUL in the circumstances"] = Report($""" "source":"Police","sourceReference":"C-29","kind":"Missing",{Child},{Seen},"circumstances":"Left\u0000school" """, "circumstances"),
        ["report: bell in a first name"] = Report($$""" "source":"Police","sourceReference":"C-30","kind":"Missing","child":{"firstName":"Amy\u0007","lastName":"Smith"},{{Seen}} """, "child.firstName"),
        ["report: line break in a last name"] = Report($$""" "source":"Police","sourceReference":"C-31","kind":"Missing","child":{"firstName":"Amy","lastName":"Smith\n"},{{Seen}} """, "child.lastName"),
        ["report: right-to-left override in a first name"] = Report($$""" "source":"Police","sourceReference":"C-32","kind":"Missing","child":{"firstName":"\u202eAmy","lastName":"Smith"},{{Seen}} """, "child.firstName"),
        ["report: escape sequence in a location"] = Report($""" "source":"Police","sourceReference":"C-33","kind":"Missing",{Child},{Seen},"lastSeenLocation":"\u001b[31mWeston" """, "lastSeenLocation"),
        ["report: NUL in the source"] = Report($""" "source":"Police\u0000","sourceReference":"C-34","kind":"Missing",{Child},{Seen} """, "source"),
        ["report: zero-width space in a local id"] = Report($$""" "source":"Police","sourceReference":"C-35","kind":"Missing","child":{"localId":"P100\u200b"},{{Seen}} """, "child.localId"),
        ["report: right-to-left override in a local id"] = Report($$""" "source":"Police","sourceReference":"C-36","kind":"Missing","child":{"localId":"P\u202e001"},{{Seen}} """, "child.localId"),
        ["report: no-break space after a local id"] = Report($$""" "source":"Police","sourceReference":"C-37","kind":"Missing","child":{"localId":"P100\u00a0"},{{Seen}} """, "child.localId"),
        ["report: byte order mark in a reference"] = Report($""" "source":"Police","sourceReference":"\ufeffC-38","kind":"Missing",{Child},{Seen} """, "sourceReference"),
        ["report: zero-width joiner in what it relates to"] = Report($""" "source":"Police","sourceReference":"C-39","kind":"Found",{Child},"foundAt":"2026-11-20T12:00:00+00:00","relatesTo":"C-1\u200d" """, "relatesTo"),

        // Not JSON, or not the JSON this call reads.
        ["report: truncated"] = Report(""" "source":"Police", """.TrimEnd() + "\"sourceRef", "$", raw: true),
        ["report: empty body"] = new("POST", Notifications, Json, "", 400, "$"),
        ["report: only white space"] = new("POST", Notifications, Json, "   \n", 400, "$"),
        ["report: null"] = new("POST", Notifications, Json, "null", 400, "$"),
        ["report: an array"] = new("POST", Notifications, Json, """[{"source":"Police"}]""", 400, "$"),
        ["report: a string"] = new("POST", Notifications, Json, "\"Missing\"", 400, "$"),
        ["report: a number"] = new("POST", Notifications, Json, "42", 400, "$"),
        ["report: nested too deep"] = Report($""" "source":"Police","sourceReference":"C-40","kind":"Missing",{Child},{Seen},"x":{new string('[', 64)}{new string(']', 64)} """, null),
        ["report: child as a string"] = Report($""" "source":"Police","sourceReference":"C-41","kind":"Missing","child":"P120",{Seen} """, "child"),
        ["report: child as an array"] = Report($$""" "source":"Police","sourceReference":"C-42","kind":"Missing","child":[{"localId":"P120"}],{{Seen}} """, "child"),
        ["report: missing from as a number"] = Report($""" "source":"Police","sourceReference":"C-43","kind":"Missing",{Child},"missingFrom":20261120 """, "missingFrom"),
        ["report: source as true"] = Report($""" "source":true,"sourceReference":"C-44","kind":"Missing",{Child},{Seen} """, "source"),
        ["report: relates to as a number"] = Report($""" "source":"Police","sourceReference":"C-45","kind":"Found",{Child},"foundAt":"2026-11-20T12:00:00+00:00","relatesTo":123 """, "relatesTo"),
        ["report: relates to as an object"] = Report($$""" "source":"Police","sourceReference":"C-46","kind":"Found",{{Child}},"foundAt":"2026-11-20T12:00:00+00:00","relatesTo":{"id":"not-a-guid"} """, "relatesTo"),
        ["report: huge circumstances"] = Report($""" "source":"Police","sourceReference":"C-47","kind":"Missing",{Child},{Seen},"circumstances":"{new string('c', 5000)}" """, "circumstances"),
        ["report: huge reference"] = Report($""" "source":"Police","sourceReference":"{new string('r', 300)}","kind":"Missing",{Child},{Seen} """, "sourceReference"),
        ["report: as plain text"] = new("POST", Notifications, "text/plain", """{"source":"Police"}""", 415, null),
        ["report: as a form"] = new("POST", Notifications, "application/x-www-form-urlencoded", "source=Police", 415, null),
        ["report: with no media type"] = new("POST", Notifications, null, """{"source":"Police"}""", 415, "$"),
        ["report: as UTF-16"] = new("POST", Notifications, "application/json; charset=utf-16", """{"source":"Police"}""", 415, "$"),

        // A child by PUT: the whole child, or nothing.
        ["put: names only"] = Put(""" "firstName":"Amy","lastName":"Smith" """, "dateOfBirth"),
        ["put: an involvement with no type"] = Put(Whole(""" [{"startDate":"2024-01-10"}] """), "involvements[0].type"),
        ["put: an empty involvement"] = Put(Whole(" [{}] "), "involvements[0].type"),
        ["put: an involvement whose type is null"] = Put(Whole(""" [{"type":null,"startDate":"2024-01-10"}] """), "involvements[0].type"),
        ["put: an involvement that is null"] = Put(Whole(" [null] "), "involvements[0]"),
        ["put: involvement type as a number"] = Put(Whole(""" [{"type":"0","startDate":"2024-01-10"}] """), "involvements[0].type"),
        ["put: involvement type padded"] = Put(Whole(""" [{"type":"CLA ","startDate":"2024-01-10"}] """), "involvements[0].type"),
        ["put: involvement type in lower case"] = Put(Whole(""" [{"type":"cla","startDate":"2024-01-10"}] """), "involvements[0].type"),
        ["put: 51 involvements"] = Put(Whole("[" + string.Join(',', Enumerable.Range(0, 51).Select(i => $$"""{"type":"CIN","startDate":"2024-01-{{(i % 28) + 1:00}}"}""")) + "]"), "involvements"),
        ["put: involvements as an object"] = Put(Whole(""" {"type":"CLA","startDate":"2024-01-10"} """), "involvements"),
        ["put: involvements null"] = Put(Whole("null"), "involvements"),
        ["put: an involvement as a string"] = Put(Whole(""" ["CLA"] """), "involvements[0]"),
        ["put: unknown member of an involvement"] = Put(Whole(""" [{"type":"CLA","startDate":"2024-01-10","extra":1}] """), "involvements[0].extra"),
        ["put: an involvement from 1900"] = Put(Whole(""" [{"type":"CLA","startDate":"1900-01-10"}] """), "involvements[0].startDate"),
        ["put: born in year 1"] = Put(Whole("[]", dateOfBirth: "\"0001-01-01\""), "dateOfBirth"),
        ["put: born next year"] = Put(Whole("[]", dateOfBirth: "\"2027-01-01\""), "dateOfBirth"),
        ["put: born 36 years ago"] = Put(Whole("[]", dateOfBirth: "\"1990-01-01\""), "dateOfBirth"),
        ["put: unknown member"] = Put(Whole("[]") + """ ,"nickname":"A" """, "nickname"),
        ["put: asylum seeker as a string"] = Put(Whole("[]") + """ ,"unaccompaniedAsylumSeeker":"yes" """, "unaccompaniedAsylumSeeker"),
        ["put: asylum seeker null"] = Put(Whole("[]") + """ ,"unaccompaniedAsylumSeeker":null """, "unaccompaniedAsylumSeeker"),
        ["put: first name null"] = Put(Whole("[]", firstName: "null"), "firstName"),
        ["put: NUL in a first name"] = Put(Whole("[]", firstName: "\"A\\u0000\""), "firstName"),
        ["put: tab in a first name"] = Put(Whole("[]", firstName: "\"A\\tB\""), "firstName"),
        ["put: zero-width space in a first name"] = Put(Whole("[]", firstName: "\"Amy\\u200b\""), "firstName"),
        ["put: bell in an address"] = Put(Whole("[]").Replace("\"address\":null", "\"address\":\"1 High St\\u0007\"", StringComparison.Ordinal), "address"),
        ["put: zero-width space in a local id"] = new("PUT", "/api/v1/children/P100%E2%80%8B", Json, "{" + Whole("[]") + "}", 400, "localId"),
        ["put: right-to-left override in a local id"] = new("PUT", "/api/v1/children/P%E2%80%AE001", Json, "{" + Whole("[]") + "}", 400, "localId"),
        ["put: bell in a local id"] = new("PUT", "/api/v1/children/P100%07", Json, "{" + Whole("[]") + "}", 400, "localId"),
        ["put: as plain text"] = new("PUT", NewChild, "text/plain", "{" + Whole("[]") + "}", 415, null),
        ["put: more than the size limit"] = Put(Whole("[]").Replace("\"address\":null", $"\"address\":\"{new string('a', 300 * 1024)}\"", StringComparison.Ordinal), "$", 413),

        // A child by PATCH: the same rules on the child it would make.
        ["patch: as application/json"] = new("PATCH", KnownChild, Json, """{"gender":"Female"}""", 415, null),
        ["patch: first name null"] = new("PATCH", KnownChild, MergePatch, """{"firstName":null}""", 400, "firstName"),
        ["patch: involvements null"] = new("PATCH", KnownChild, MergePatch, """{"involvements":null}""", 400, "involvements"),
        ["patch: an involvement with no type"] = new("PATCH", KnownChild, MergePatch, """{"involvements":[{"startDate":"2024-01-10"}]}""", 400, "involvements[0].type"),
        ["patch: unknown member"] = new("PATCH", KnownChild, MergePatch, """{"nickname":"A"}""", 400, "nickname"),
        ["patch: born in year 1"] = new("PATCH", KnownChild, MergePatch, """{"dateOfBirth":"0001-01-01"}""", 400, "dateOfBirth"),
        ["patch: asylum seeker null"] = new("PATCH", KnownChild, MergePatch, """{"unaccompaniedAsylumSeeker":null}""", 400, "unaccompaniedAsylumSeeker"),
        ["patch: an array"] = new("PATCH", KnownChild, MergePatch, """[{"op":"replace","path":"/firstName","value":"A"}]""", 400, "$"),
        ["patch: duplicate member"] = new("PATCH", KnownChild, MergePatch, """{"gender":"Female","gender":"Male"}""", 400, "gender"),
        ["patch: a child not held"] = new("PATCH", "/api/v1/children/CORPUS-NONE", MergePatch, """{"firstName":"A"}""", 404, null),

        // Methods and addresses.
        ["route: DELETE a child"] = new("DELETE", KnownChild, null, "", 405, null),
        ["route: POST to an episode"] = new("POST", $"/api/v1/episodes/{Guid.Empty}", Json, "{}", 405, null),
        ["route: PUT notifications"] = new("PUT", Notifications, Json, "{}", 405, null),
        ["route: an episode id that is not a GUID"] = new("GET", "/api/v1/episodes/not-a-guid", null, "", 404, null),
        ["route: an address that names nothing"] = new("GET", "/api/v1/nothing-here", null, "", 404, null),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    private static ApiBadInput Report(string members, string? field, int status = 400, bool raw = false) =>
        new("POST", Notifications, Json, raw ? "{" + members : "{" + members + "}", status, field);

    private static ApiBadInput Put(string members, string? field, int status = 400) => new("PUT", NewChild, Json, "{" + members + "}", status, field);

    /// <summary>Every member of a child, as PUT requires.</summary>
    private static string Whole(string involvements, string firstName = "\"Amy\"", string dateOfBirth = "\"2012-05-01\"") =>
        $""" "firstName":{firstName},"lastName":"Smith","dateOfBirth":{dateOfBirth},"gender":null,"address":null,"involvements":{involvements},"allocatedTeam":null,"allocatedWorkerEmail":null """;
}
