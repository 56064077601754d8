using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MissingChildren.ResilienceTests;

/// <summary>
/// One web node: the built app (<c>MissingChildren.Web.dll</c>) run by <c>dotnet</c> as its own process on a port of
/// its own, configured by environment variables as an installation would be. Started and ready when
/// <c>/health/ready</c> answers; killed with SIGKILL (<see cref="Process.Kill()"/> on Linux) and started again on the
/// same database. Its console output is kept, and its last lines go into every failure message.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly ConcurrentQueue<string> _log = new();
    private readonly Dictionary<string, string> _environment;
    private Process? _process;

    public NodeProcess(string name, string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        Name = name;
        Address = new Uri($"http://127.0.0.1:{FreePort()}");
        MailFolder = Path.Combine(Path.GetTempPath(), "missingchildren-tests", $"mail-{name}-{Guid.NewGuid():N}");
        _environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // Development: plain HTTP cookies on 127.0.0.1, as the test's clients speak no TLS.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = Address.ToString().TrimEnd('/'),
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Default"] = connectionString,
            ["Database__MigrateOnStartup"] = "true",
            ["Demo__Seed"] = "true",
            ["Demo__Password"] = DemoUsers.Password,
            ["Policy__Profile"] = "NorthSomerset",
            ["Jobs__Storage"] = "Database",
            ["Jobs__RunServer"] = "true",
            ["Email__Enabled"] = "true",
            ["Email__PickupDirectory"] = MailFolder,
            ["Integration__Clients__0__Name"] = ApiClients.PoliceName,
            ["Integration__Clients__0__Key"] = ApiClients.PoliceKey,
            ["Integration__Clients__0__Agency"] = "Police",
            ["Integration__Clients__0__Scopes"] = "notifications:write,children:write,read",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information",
            ["Serilog__MinimumLevel__Override__MissingChildren"] = "Information",
            ["Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore"] = "Fatal",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            _environment[key] = value;
        }
    }

    public string Name { get; }

    public Uri Address { get; }

    public string MailFolder { get; }

    /// <summary>The process id while it runs (each start is a new process).</summary>
    public int ProcessId => _process?.Id ?? 0;

    /// <summary>The built web app: <c>MC_WEB_DLL</c>, else the web project's own build output for this build's configuration.</summary>
    public static string WebDll { get; } = FindWebDll();

    /// <summary>Starts the process and waits until it answers <c>/health/ready</c> (the database reachable, migrated, seeded).</summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = Path.GetDirectoryName(WebDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WebDll);
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _log.Enqueue($"--- {Name}: starting {WebDll} on {Address}");
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} stopped while starting (exit code {process.ExitCode}).\n{Log}");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} was not ready within {StartTimeout.TotalSeconds} seconds.\n{Log}");
    }

    /// <summary>Kills the process with SIGKILL: no shutdown, no flush, as when a machine loses power or the kernel's OOM killer strikes.</summary>
    public void Kill()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        _log.Enqueue($"--- {Name}: SIGKILL to process {process.Id}");
        process.Kill(entireProcessTree: false);
        process.WaitForExit();
    }

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string Log => string.Join('\n', _log.TakeLast(80));

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }

        await Task.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue(line);
        while (_log.Count > 2000 && _log.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The <c>dotnet</c> the SDK runs under when it runs the tests, else the one on the PATH.</summary>
    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static string FindWebDll()
    {
        if (Environment.GetEnvironmentVariable("MC_WEB_DLL") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : throw new FileNotFoundException($"MC_WEB_DLL names {configured}, which does not exist.");
        }

        // The tests run from tests/MissingChildren.ResilienceTests/bin/<Configuration>/<framework>/; the app's output is alike.
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        for (var dir = here; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MissingChildren.sln")))
            {
                var dll = Path.Combine(dir.FullName, "src", "MissingChildren.Web", "bin", configuration, framework, "MissingChildren.Web.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the web app first: {dll} does not exist.");
            }
        }

        throw new DirectoryNotFoundException($"No MissingChildren.sln above {here.FullName}: set MC_WEB_DLL to the built MissingChildren.Web.dll.");
    }
}
