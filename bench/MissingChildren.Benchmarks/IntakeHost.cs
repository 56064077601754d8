using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MissingChildren.Testing;
using MissingChildren.Data;

namespace MissingChildren.Benchmarks;

/// <summary>
/// The real app on PostgreSQL on a local port, plus a bare endpoint in the same host that inserts one row and
/// returns 201: the floor that intake is measured against (bench/intake/run.sh drives both with wrk).
/// </summary>
public static class IntakeHost
{
    public const string BarePath = "/bench/bare-insert";

    public static async Task<int> ServeAsync(string[] args)
    {
        var port = args.SkipWhile(a => a != "--port").Skip(1).Select(int.Parse).FirstOrDefault(5090);
        await using var app = new BenchHost();
        app.With("Serilog:MinimumLevel:Default", "Error");
        app.UseKestrel(port);
        await app.InitializeAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(
                "CREATE TABLE IF NOT EXISTS bench_rows (id uuid PRIMARY KEY, received_at timestamptz NOT NULL, payload text NOT NULL)");
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine($"listening {address}");
        Console.WriteLine($"api-key {ApiClients.PoliceKey}");
        await Console.In.ReadLineAsync(); // until stdin closes or a line is sent
        return 0;
    }

    private sealed class BenchHost() : AppFactory("PostgreSql")
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, BareInsertFilter>());
        }
    }

    private sealed class BareInsertFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(BarePath, bare => bare.Run(async context =>
            {
                using var reader = new StreamReader(context.Request.Body);
                var payload = await reader.ReadToEndAsync(context.RequestAborted);
                var db = context.RequestServices.GetRequiredService<AppDbContext>();
                var at = TimeProvider.System.GetUtcNow();
                await db.Database.ExecuteSqlAsync($"INSERT INTO bench_rows (id, received_at, payload) VALUES ({Guid.CreateVersion7()}, {at}, {payload})", context.RequestAborted);
                context.Response.StatusCode = StatusCodes.Status201Created;
            }));
            next(app);
        };
    }
}
