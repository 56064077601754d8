using FluentValidation.Results;

namespace MissingChildren.Web.Infrastructure.Mediator;

/// <summary>
/// A command built from input an edge (a form, the API) has already read into typed values: what could not be read
/// travels with it, and <see cref="ValidationBehavior{TMessage, TResponse}"/> reports it with the validators' own
/// failures (a field's reading error first, and only it), before the handler runs.
/// </summary>
public interface IParsedInput
{
    IReadOnlyList<ValidationFailure> InputErrors { get; }
}
