using System.Globalization;
using MissingChildren.Domain.Episodes;

namespace MissingChildren.Domain.Returns;

/// <summary>
/// One row of the SSDA903 "Missing" table: one missing or absent episode of a looked-after child, with the five
/// columns of the DfE's specification (<c>CHILD</c>, <c>DOB</c>, <c>MISSING</c>, <c>MIS_START</c>, <c>MIS_END</c>)
/// written as the return writes them: dates as dd/MM/yyyy, an episode open at the end of the year with an empty end.
/// </summary>
/// <param name="ChildId">Whose row it is (the screen's link to fix the child's record).</param>
/// <param name="EpisodeId">Which episode (the screen's link to fix the episode).</param>
/// <param name="Child"><c>CHILD</c>: the child's local ID in the council's case management system.</param>
/// <param name="Dob"><c>DOB</c>: date of birth, dd/MM/yyyy; empty when not known.</param>
/// <param name="Missing"><c>MISSING</c>: M for missing, A for away from placement without authorisation (absent).</param>
/// <param name="MisStart"><c>MIS_START</c>: the day the child went missing (was last seen), dd/MM/yyyy.</param>
/// <param name="MisEnd"><c>MIS_END</c>: the day the child came back (found or returned), dd/MM/yyyy; empty while missing at the year's end.</param>
public sealed record Ssda903MissingRow(Guid ChildId, Guid EpisodeId, string Child, string Dob, string Missing, string MisStart, string MisEnd)
{
    /// <summary>The DfE's date format for every date of the return.</summary>
    public const string DateFormat = "dd/MM/yyyy";

    public const string MissingCode = "M";

    public const string AbsentCode = "A";

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A date as the DfE's validator reads it: dd/MM/yyyy and a real day; null for empty or anything else.</summary>
    public static DateOnly? ReadDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Code(EpisodeCategory category) => category == EpisodeCategory.Absent ? AbsentCode : MissingCode;

    /// <summary>
    /// The row of an episode for a period ending on <paramref name="to"/>. <c>MIS_END</c> is the day
    /// the child was found or came back (<paramref name="foundOn"/>), never when the episode was closed or a form was
    /// completed; a child who came back after the period ends was still missing at its end, so the end is empty.
    /// </summary>
    /// <param name="missingFromOn">The UK date the child was last seen.</param>
    /// <param name="foundOn">The UK date the child was found or returned; null while missing.</param>
    public static Ssda903MissingRow Of(
        Guid childId, Guid episodeId, string localId, DateOnly? dateOfBirth, EpisodeCategory category, DateOnly missingFromOn, DateOnly? foundOn, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(localId);
        var end = foundOn is { } found && found <= to ? Date(found) : "";
        return new Ssda903MissingRow(childId, episodeId, localId, dateOfBirth is { } dob ? Date(dob) : "", Code(category), Date(missingFromOn), end);
    }

    /// <summary>
    /// Whether an episode belongs in the table of the period: it was open at some time in it (it began on or before its
    /// last day and had not ended before its first).
    /// </summary>
    public static bool InPeriod(DateOnly missingFromOn, DateOnly? foundOn, DateOnly from, DateOnly to) =>
        missingFromOn <= to && (foundOn is not { } found || found >= from);
}
