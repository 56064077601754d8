namespace MissingChildren.Benchmarks;

/// <summary>Points the in-process host at src/MissingChildren.Web (a test project learns this from its build; this console app finds it).</summary>
internal static class ContentRoot
{
    public static void UseSourceTree()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MissingChildren.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException("Run the benchmarks from inside the repository (MissingChildren.sln not found above " + AppContext.BaseDirectory + ").");
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MISSINGCHILDREN_WEB", Path.Combine(dir.FullName, "src", "MissingChildren.Web"));
    }
}
