using FluentValidation;
using FluentValidation.Results;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Education;
using MissingChildren.Domain.Time;
using MissingChildren.Data;
using MissingChildren.Web.Features.Children;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Education;

/// <summary>
/// One step of a children missing education investigation (R40): loads it for a person who may change the child's
/// education record, checks the version they started from (a change made meanwhile is a conflict, never overwritten),
/// lets the domain take the step (a step it refuses is a message on the form, nothing saved) and saves.
/// </summary>
public sealed class CmeSteps(AppDbContext db, ChildAccess access, TimeProvider clock)
{
    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public DateOnly LocalToday => Today(clock);

    /// <summary>Today's date in the UK (Europe/London), which the people recording dates mean.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(clock.GetUtcNow(), WorkingCalendar.UkTimeZoneId).DateTime);
    }

    public async Task<CmeInvestigation> TakeAsync(Guid investigationId, Guid version, Action<CmeInvestigation> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        var investigation = await db.CmeInvestigations.Include(i => i.Enquiries).SingleOrDefaultAsync(i => i.Id == investigationId, cancellationToken)
            ?? throw new RecordNotFoundException();
        await access.EnsureAsync(investigation.ChildId, RecordPart.Education, PartAccess.Change, cancellationToken);
        db.Entry(investigation).Property(i => i.Version).OriginalValue = version;
        try
        {
            step(investigation);
        }
        catch (CmeStepRefusedException refused)
        {
            throw new ValidationException([new ValidationFailure(refused.Property, refused.Message)]);
        }

        // Every step changes the investigation itself, so its version is renewed and checked even when the clock has not moved.
        db.Entry(investigation).Property(i => i.ChangedAt).IsModified = true;
        foreach (var enquiry in investigation.Enquiries.Where(e => db.Entry(e).State == EntityState.Detached))
        {
            db.CmeEnquiries.Add(enquiry);
        }

        return investigation;
    }

    /// <summary>R40: the open review duties of this investigation are done (reviewed, or the child found).</summary>
    public async Task CloseReviewDutiesAsync(CmeInvestigation investigation, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(investigation);
        var prefix = $"{RuleIds.MissingEducation}:review:{investigation.Id}:";
        foreach (var duty in await db.DutyTasks.Where(t => t.ChildId == investigation.ChildId && t.Type == TaskType.CmeInvestigation && t.Status == DutyStatus.Open
                     && t.DedupeKey.StartsWith(prefix)).ToListAsync(cancellationToken))
        {
            duty.Complete(Now, reason);
        }
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
