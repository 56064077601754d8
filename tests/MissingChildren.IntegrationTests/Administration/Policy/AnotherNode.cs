using MissingChildren.Domain.Administration;

namespace MissingChildren.IntegrationTests.Administration.Policy;

/// <summary>What another web node (or an earlier release) stored: an override and its revision, written straight to the database.</summary>
internal static class AnotherNode
{
    public static Task SavesOverrideAsync(AppFactory app, string path, string valueJson) =>
        app.WithDbAsync(db =>
        {
            db.PolicyOverrides.Add(new PolicyOverride
            {
                Profile = "NorthSomerset", Path = path, ValueJson = valueJson,
                Reason = "Agreed at the missing children partnership board", ChangedBy = "administrator@example.org", ChangedAt = app.Clock.GetUtcNow(),
            });
            db.PolicyRevisions.Add(new PolicyRevision { At = app.Clock.GetUtcNow(), What = $"Setting {path} of NorthSomerset changed" });
            return db.SaveChangesAsync();
        });
}
