using System.Text.Json;
using MissingChildren.Domain;
using MissingChildren.Domain.Auditing;
using MissingChildren.Domain.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MissingChildren.Data;

/// <summary>
/// Runs inside every SaveChanges: renews the concurrency version of each changed record and writes an
/// <see cref="AuditEntry"/> for it in the same transaction, so no change to a child's record goes unaudited.
/// </summary>
public sealed class AuditingInterceptor(IAuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var entries = context.ChangeTracker.Entries<Entity>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();

        foreach (var entry in entries)
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();

                // Only its version renewed (a claim on the record, such as a child's open episode): nothing to tell.
                if (!entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Entity.Version)))
                {
                    continue;
                }
            }

            context.Add(new AuditEntry
            {
                At = now,
                Actor = actor.Name,
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = entry.Entity.Id.ToString(),
                ChildId = ChildIdOf(entry.Entity),
                Action = entry.State.ToString(),
                Changes = DescribeChanges(entry),
            });
        }
    }

    private static Guid? ChildIdOf(Entity entity) => entity switch
    {
        Child child => child.Id,
        IBelongsToChild owned => owned.ChildId,
        _ => null,
    };

    /// <summary>What the audit log holds for a secret that was set: that it was, not what it is.</summary>
    public const string SecretNotRecorded = "(secret: not recorded)";

    private static string? DescribeChanges(EntityEntry<Entity> entry)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is nameof(Entity.Version))
            {
                continue;
            }

            // A secret (an API key's hash) is recorded as set or changed, never its value.
            if (property.Metadata.PropertyInfo?.IsDefined(typeof(AuditSecretAttribute), inherit: false) == true)
            {
                if (entry.State != EntityState.Deleted && (entry.State == EntityState.Added || property.IsModified))
                {
                    changes[name] = new { to = property.CurrentValue is null ? null : SecretNotRecorded };
                }

                continue;
            }

            // A file (a PDF) is recorded by its size, never copied into the audit log.
            if (property.Metadata.ClrType == typeof(byte[]))
            {
                if (entry.State == EntityState.Added || (property.IsModified && entry.State == EntityState.Modified))
                {
                    changes[name] = new { to = property.CurrentValue is byte[] bytes ? $"file of {bytes.Length} bytes" : null };
                }

                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = new { to = property.CurrentValue };
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new { from = property.OriginalValue, to = property.CurrentValue };
                    break;
                case EntityState.Deleted:
                    changes[name] = new { from = property.OriginalValue };
                    break;
            }
        }

        return changes.Count == 0 ? null : JsonSerializer.Serialize(changes);
    }
}
