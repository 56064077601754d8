using MissingChildren.Web.Infrastructure.Configuration;

namespace MissingChildren.Tests.Configuration;

public sealed class DatabaseSetupTests
{
    [Fact]
    public void SqliteConnectionString_ResolvesARelativeFileAgainstTheContentRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), $"mc-root-{Guid.NewGuid():N}");

        var resolved = DatabaseSetup.SqliteConnectionString("Data Source=App_Data/x.db", root);

        Assert.Equal($"Data Source={Path.Combine(root, "App_Data", "x.db")}", resolved);
        Assert.True(Directory.Exists(Path.Combine(root, "App_Data")));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void SqliteConnectionString_LeavesAnInMemoryDatabaseAlone() =>
        Assert.Equal("Data Source=:memory:", DatabaseSetup.SqliteConnectionString("Data Source=:memory:", "/nowhere"));
}
