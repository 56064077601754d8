using System.Globalization;
using CsvHelper;
using MissingChildren.Web.Features.Administration.Audit;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace MissingChildren.Web.Pages.Admin.Audit;

/// <summary>
/// The audit log export as a CSV download, written row by row to the response as the entries are read (RFC 4180, UTF-8
/// with a byte order mark so spreadsheets read the arrows and accents). A cell that a spreadsheet would run as a formula
/// (one starting with = + - @) is prefixed with a quote.
/// </summary>
public sealed class AuditCsvResult(ExportAuditLog.Result export, string fileName) : IActionResult
{
    public static readonly string[] Columns =
        ["When", "Who", "Action", "Record type", "Record ID", "Child local ID", "Child name", "Changes"];

    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var cancellationToken = context.HttpContext.RequestAborted;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();

        await using var csv = CsvWriter.Create(response.Body, Options, leaveOpen: true);
        csv.WriteHeader(Columns);
        await foreach (var row in export.Rows.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(Fields(row, export.ClientNames), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>One entry's cells: when as ISO 8601 in UK local time with its offset; what changed as one line per field.</summary>
    public static string?[] Fields(AuditSearch.Row row, IReadOnlySet<string> clientNames)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            TimeZoneInfo.ConvertTime(row.At, DeadlineText.UkTime).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            AuditText.Who(row, clientNames),
            AuditText.Action(row.Action),
            AuditText.Kind(row.EntityType).Name,
            row.EntityId,
            row.ChildLocalId,
            row.ChildName,
            string.Join('\n', AuditText.Changes(row.EntityType, row.Changes, shorten: false)),
        ];
    }
}
