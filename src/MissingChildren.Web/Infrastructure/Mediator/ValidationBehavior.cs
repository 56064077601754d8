using FluentValidation;
using Mediator;

namespace MissingChildren.Web.Infrastructure.Mediator;

/// <summary>Runs every FluentValidation validator for the message; throws <see cref="ValidationException"/> before the handler runs, so bad input changes nothing.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        var unread = message is IParsedInput parsed ? parsed.InputErrors : [];
        failures.AddRange(unread);
        failures.AddRange(ControlCharacters.Failures(message).Where(f => !unread.Any(u => u.PropertyName == f.PropertyName)));
        var refused = failures.Select(f => f.PropertyName).ToHashSet(StringComparer.Ordinal);
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TMessage>(message), cancellationToken);
            failures.AddRange(result.Errors.Where(f => !refused.Contains(f.PropertyName)));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }
}
