namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>Why <see cref="FormOutcomeFilter"/> draws a form again.</summary>
public enum Redisplay
{
    /// <summary>The input was not valid: the errors are in ModelState.</summary>
    Invalid,

    /// <summary>Someone else saved the record first: the posted version is dropped, so the page sets the stored one.</summary>
    Conflict,
}

/// <summary>
/// A page whose form <see cref="FormOutcomeFilter"/> draws again when a use case refuses the input or the record
/// changed: the page reloads what it displays (and, after a conflict, the version now stored) before it is drawn.
/// Page models that implement it need no try/catch: they bind, send and redirect.
/// </summary>
public interface IRedisplayedForm
{
    Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken);
}

/// <summary>
/// The form field that shows a command property's errors, where the form names it otherwise
/// (<c>[FormField("Child.LocalId", nameof(LocalId))]</c>). On the page class or on one handler.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class FormFieldAttribute(string property, string field) : Attribute
{
    public string Property { get; } = property;

    public string Field { get; } = field;
}

/// <summary>The handler's form binds the command's fields under this prefix (<c>NewChild.LastName</c>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FormPrefixAttribute(string prefix) : Attribute
{
    public string Prefix { get; } = prefix;
}
