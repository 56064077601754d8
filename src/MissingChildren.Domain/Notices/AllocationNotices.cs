using MissingChildren.Domain.Duties;

namespace MissingChildren.Domain.Notices;

/// <summary>
/// A person is told when work is given to them by name: a return home interview allocated to them (R19, and R7 or R23
/// where a social worker does it), or duties given to them. Nobody is told of work they gave themselves. Like every
/// notice, these link by id and say nothing about the child: the notices page names the child inside the service.
/// </summary>
public static class AllocationNotices
{
    public const string RhiAllocatedTitle = "A return home interview has been allocated to you (R19)";

    public const string DutyGivenTitle = "A duty has been given to you";

    /// <summary>The notice to the worker an RHI is allocated to; none when they allocated it to themselves.</summary>
    /// <param name="offerDutyId">The interview's offer duty that followed it to them (R17), so the notice shows it and its deadline.</param>
    /// <param name="link">The interview's page, where the worker acts.</param>
    public static Notice? RhiAllocated(string workerId, string? allocatedBy, Guid? offerDutyId, string link, DateTimeOffset now) =>
        string.Equals(workerId, allocatedBy, StringComparison.Ordinal) ? null : New(workerId, RhiAllocatedTitle, link, offerDutyId, now);

    /// <summary>One notice for each open duty now held by name by someone other than the person who gave it.</summary>
    /// <param name="linkTo">Where each duty is done.</param>
    public static IEnumerable<Notice> DutiesGiven(IEnumerable<DutyTask> duties, string? givenBy, Func<DutyTask, string> linkTo, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(duties);
        ArgumentNullException.ThrowIfNull(linkTo);
        return duties
            .Where(d => d.IsOpen && d.AssigneeUserId is { } to && !string.Equals(to, givenBy, StringComparison.Ordinal))
            .Select(d => New(d.AssigneeUserId!, DutyGivenTitle, linkTo(d), d.Id, now))
            .ToList();
    }

    private static Notice New(string userId, string title, string link, Guid? dutyId, DateTimeOffset now) => new()
    {
        UserId = userId,
        CreatedAt = now,
        Title = title,
        Link = link,
        DutyTaskId = dutyId,
        EmailStatus = EmailStatus.Pending,
    };
}
