using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MissingChildren.ResilienceTests;

/// <summary>
/// A load balancer in front of the nodes, as an installation has one: each request goes to the next node in turn
/// (no sticky sessions), forwarded as it came (method, path, headers, cookies, body) and answered as the node answered.
/// Each answer says which node served it in <see cref="ServedByHeader"/>.
/// </summary>
public sealed class RoundRobinProxy : IAsyncDisposable
{
    public const string ServedByHeader = "X-Served-By";

    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection", "TE", "Trailer", "Host",
    };

    private readonly IReadOnlyList<NodeProcess> _nodes;
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = DecompressionMethods.None });
    private readonly WebApplication _app;
    private int _next = -1;

    private RoundRobinProxy(IReadOnlyList<NodeProcess> nodes)
    {
        _nodes = nodes;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Run(ForwardAsync);
    }

    /// <summary>How many requests each node served, by node name.</summary>
    public ConcurrentDictionary<string, int> Served { get; } = new(StringComparer.Ordinal);

    public Uri Address { get; private set; } = null!;

    public static async Task<RoundRobinProxy> StartAsync(params NodeProcess[] nodes)
    {
        var proxy = new RoundRobinProxy(nodes);
        await proxy._app.StartAsync();
        proxy.Address = new Uri(proxy._app.Urls.Single()); // the port Kestrel was given
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _http.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var node = _nodes[(int)((uint)Interlocked.Increment(ref _next) % (uint)_nodes.Count)];
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(node.Address, context.Request.Path + context.Request.QueryString));
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(context.Request.Body);
        }

        foreach (var (name, values) in context.Request.Headers.Where(h => !HopByHop.Contains(h.Key)))
        {
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        Served.AddOrUpdate(node.Name, 1, (_, n) => n + 1);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => !HopByHop.Contains(h.Key)))
        {
            context.Response.Headers[name] = values.ToArray();
        }

        context.Response.Headers[ServedByHeader] = node.Name;
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
