using FluentValidation;
using FluentValidation.Results;
using MissingChildren.Data;
using MissingChildren.Domain.Episodes;
using MissingChildren.Domain.ReturnInterviews;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Episodes;

/// <summary>
/// Applies <see cref="RecordedTime"/> to a time a person typed about a child's episode: a refusal is a validation
/// message on the command's property, shown on the form's field like every other.
/// </summary>
public static class RecordedTimes
{
    /// <summary>A time about the child (<paramref name="childId"/>) and, when known, one of their episodes.</summary>
    public static async Task EnsureAsync(AppDbContext db, TimeProvider clock, Guid childId, Guid? episodeId, string property, string label, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var missingFrom = episodeId is { } id
            ? await db.Episodes.Where(e => e.Id == id).Select(e => (DateTimeOffset?)e.MissingFrom).FirstOrDefaultAsync(cancellationToken)
            : null;
        var born = await db.Children.Where(c => c.Id == childId).Select(c => c.DateOfBirth).FirstOrDefaultAsync(cancellationToken);
        if (RecordedTime.Refusal(label, at, clock.GetUtcNow(), missingFrom, born) is { } refusal)
        {
            throw new ValidationException([new ValidationFailure(property, refusal)]);
        }
    }

    /// <summary>A time about a return home interview: after the episode it follows began.</summary>
    public static async Task EnsureAsync(AppDbContext db, TimeProvider clock, ReturnHomeInterview rhi, string property, string label, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rhi);
        var episodeId = await db.Episodes.Where(e => e.ReturnHomeInterviewId == rhi.Id).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
        await EnsureAsync(db, clock, rhi.ChildId, episodeId, property, label, at, cancellationToken);
    }
}
