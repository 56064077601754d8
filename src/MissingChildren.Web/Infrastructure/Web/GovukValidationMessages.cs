using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Resources;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>
/// Every FluentValidation message a rule does not word itself reads as GOV.UK writes errors, in the question's words
/// and never naming a property: <c>PrincipalConcern</c> over its limit reads "Principal concern must be 4,000
/// characters or fewer", an empty one "Enter principal concern". Set once, when the app's code is first loaded.
/// </summary>
public static class GovukValidationMessages
{
    /// <summary>The placeholder for the field's name inside a sentence ("Enter {NameInSentence}").</summary>
    public const string NameInSentence = "NameInSentence";

#pragma warning disable CA2255 // the app's own assembly: the messages hold wherever a validator runs, in the host and in tests
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Apply()
    {
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : FieldName(member.Name);
        ValidatorOptions.Global.MessageFormatterFactory = () => new Formatter();
        ValidatorOptions.Global.LanguageManager = new Messages();
    }

    /// <summary>A property's name as a person reads it: <c>PrincipalConcern</c> is "Principal concern", <c>LocalId</c> "Local ID".</summary>
    public static string FieldName(string property)
    {
        var words = new StringBuilder(property.Length + 8);
        for (var i = 0; i < property.Length; i++)
        {
            var c = property[i];
            var boundary = i > 0 && char.IsUpper(c) && (char.IsLower(property[i - 1]) || (i + 1 < property.Length && char.IsLower(property[i + 1])));
            if (boundary)
            {
                words.Append(' ');
            }

            words.Append(boundary && (i + 1 >= property.Length || char.IsLower(property[i + 1])) ? char.ToLowerInvariant(c) : c);
        }

        var text = words.ToString();
        return text.EndsWith(" id", StringComparison.Ordinal) ? text[..^2] + "ID" : text;
    }

    private sealed class Formatter : MessageFormatter
    {
        public override string BuildMessage(string messageTemplate)
        {
            if (PlaceholderValues.TryGetValue(PropertyName, out var name) && name is string text && text.Length > 1)
            {
                AppendArgument(NameInSentence, char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..]);
            }

            foreach (var key in PlaceholderValues.Where(p => p.Value is int).Select(p => p.Key).ToList())
            {
                AppendArgument(key, ((int)PlaceholderValues[key]).ToString("N0", CultureInfo.InvariantCulture));
            }

            return base.BuildMessage(messageTemplate);
        }
    }

    private sealed class Messages : LanguageManager
    {
        public Messages()
        {
            Culture = CultureInfo.GetCultureInfo("en");
            foreach (var (validator, message) in new[]
            {
                ("NotEmptyValidator", $"Enter {{{NameInSentence}}}"),
                ("NotNullValidator", $"Enter {{{NameInSentence}}}"),
                ("MaximumLengthValidator", "{PropertyName} must be {MaxLength} characters or fewer"),
                ("MinimumLengthValidator", "{PropertyName} must be {MinLength} characters or more"),
                ("LengthValidator", "{PropertyName} must be between {MinLength} and {MaxLength} characters"),
                ("ExactLengthValidator", "{PropertyName} must be {MaxLength} characters"),
                ("EmailValidator", "Enter an email address in the correct format, like name@example.com"),
                ("EnumValidator", $"Select {{{NameInSentence}}} from the list"),
                ("PredicateValidator", $"Check {{{NameInSentence}}}: it is not one the service accepts"),
                ("AsyncPredicateValidator", $"Check {{{NameInSentence}}}: it is not one the service accepts"),
                ("RegularExpressionValidator", "{PropertyName} is not in the right format"),
                ("GreaterThanOrEqualValidator", "{PropertyName} must be {ComparisonValue} or more"),
                ("GreaterThanValidator", "{PropertyName} must be more than {ComparisonValue}"),
                ("LessThanOrEqualValidator", "{PropertyName} must be {ComparisonValue} or less"),
                ("LessThanValidator", "{PropertyName} must be less than {ComparisonValue}"),
                ("InclusiveBetweenValidator", "{PropertyName} must be between {From} and {To}"),
                ("EqualValidator", "{PropertyName} must be {ComparisonValue}"),
                ("NotEqualValidator", "{PropertyName} must not be {ComparisonValue}"),
                ("EmptyValidator", "{PropertyName} must be empty"),
                ("NullValidator", "{PropertyName} must be empty"),
            })
            {
                AddTranslation("en", validator, message);
            }
        }
    }
}
