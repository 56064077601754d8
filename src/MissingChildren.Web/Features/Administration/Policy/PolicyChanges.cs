using MissingChildren.Data;
using MissingChildren.Domain.Administration;
using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.Web.Features.Administration.Policy;

/// <summary>
/// How every change to the policy or the working-day calendar is made: a <see cref="PolicyRevision"/> saved with it,
/// then this node's policy rebuilt at once (the others follow within <see cref="PolicyRefresher.PollInterval"/>).
/// Duties already raised keep their stored deadlines; the change applies to duties raised after it.
/// </summary>
public sealed class PolicyChanges(AppDbContext db, LivePolicy live, TimeProvider clock)
{
    /// <summary>The policy in force on this node now (a change is checked against it).</summary>
    public PolicySnapshot Live => live.Current;

    /// <summary>Adds the revision to the pending save; <paramref name="what"/> names the setting or day, never a person.</summary>
    public void Record(string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        db.PolicyRevisions.Add(new PolicyRevision { At = clock.GetUtcNow(), What = what.Length > 300 ? what[..300] : what });
    }

    /// <summary>Saves the change with its revision and rebuilds this node's policy.</summary>
    public async Task SaveAsync(string what, CancellationToken cancellationToken)
    {
        Record(what);
        await db.SaveChangesAsync(cancellationToken);
        await live.ReloadAsync(db, cancellationToken);
    }
}
