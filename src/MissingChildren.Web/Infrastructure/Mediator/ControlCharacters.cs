using System.Reflection;
using FluentValidation.Results;

namespace MissingChildren.Web.Infrastructure.Mediator;

/// <summary>
/// Free text in a command (a name, a note, a reason) that holds a NUL or another control character is refused,
/// never stripped: the person sees which answer it is and what they typed, and nothing is saved. Tabs and line
/// breaks are text.
/// </summary>
public static class ControlCharacters
{
    public const string Message = "This answer contains a character that cannot be saved (a NUL or another control character): remove it";

    public static bool IsAllowed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
    }

    /// <summary>A failure for each string property (or list of strings) of <paramref name="message"/> that holds one.</summary>
    public static IEnumerable<ValidationFailure> Failures<TMessage>(TMessage message)
        where TMessage : notnull =>
        from property in Properties<TMessage>.Text
        let value = property.GetValue(message)
        where value switch
        {
            string text => !IsAllowed(text),
            IEnumerable<string?> texts => texts.Any(t => t is not null && !IsAllowed(t)),
            _ => false,
        }
        select new ValidationFailure(property.Name, Message);

    private static class Properties<TMessage>
    {
        public static readonly PropertyInfo[] Text = [.. typeof(TMessage).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0
                        && (p.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(p.PropertyType)))];
    }
}
