using Mediator;

namespace MissingChildren.Web.Infrastructure.Mediator;

/// <summary>
/// Outermost behaviour: logs the message name and how long it took, and warns when it is slow.
/// Never logs the message itself: it holds children's personal data.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(500);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var name = MessageName;
        var started = clock.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = clock.GetElapsedTime(started);
            if (elapsed > SlowThreshold)
            {
                LogSlow(logger, name, elapsed.TotalMilliseconds);
            }
            else
            {
                LogHandled(logger, name, elapsed.TotalMilliseconds);
            }

            return response;
        }
        catch (FluentValidation.ValidationException)
        {
            LogInvalid(logger, name);
            throw;
        }
    }

    private static string MessageName => typeof(TMessage).DeclaringType is { } useCase
        ? $"{useCase.Name}.{typeof(TMessage).Name}"
        : typeof(TMessage).Name;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {Message} in {ElapsedMs:0.0} ms")]
    private static partial void LogHandled(ILogger logger, string message, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow {Message}: {ElapsedMs:0.0} ms")]
    private static partial void LogSlow(ILogger logger, string message, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Message} was refused by validation")]
    private static partial void LogInvalid(ILogger logger, string message);
}
