using System.Globalization;
using FluentValidation;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>
/// The one rule for what a string may hold, used by every use case's validator for forms and the API alike:
/// <list type="bullet">
/// <item><see cref="Identifier{T}"/> (local ids, source references): visible characters and inner spaces only; no control
/// characters or invisible format characters (Unicode Cf: zero-width space, right-to-left override…), so two
/// identifiers that look the same are the same (<c>P100</c> and <c>P100</c> + U+200B cannot both exist);</item>
/// <item><see cref="Line{T}"/> (names, places, e-mail): no control characters (NUL, bell, line breaks) and no
/// invisible format characters except the zero-width joiner and non-joiner that some scripts need in names;</item>
/// <item><see cref="Text{T}"/> (addresses, circumstances, notes): as a line, but tabs and line breaks are kept.</item>
/// </list>
/// </summary>
public static class TextRules
{
    private const char ZeroWidthNonJoiner = '\u200C';
    private const char ZeroWidthJoiner = '\u200D';

    public static IRuleBuilderOptions<T, string?> Identifier<T>(this IRuleBuilder<T, string?> rule, string label) =>
        rule.Must(value => value is null || (value.All(c => c == ' ' || IsIdentifierCharacter(c)) && value.Trim(' ').Length == value.Length))
            .WithMessage($"{label} must have only letters, digits, visible symbols and spaces between them: no control or invisible characters");

    public static IRuleBuilderOptions<T, string?> Line<T>(this IRuleBuilder<T, string?> rule, string label) =>
        rule.Must(value => value is null || value.All(c => IsTextCharacter(c, lineBreaks: false)))
            .WithMessage($"{label} must not contain control characters, line breaks or invisible characters");

    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, string label) =>
        rule.Must(value => value is null || value.All(c => IsTextCharacter(c, lineBreaks: true)))
            .WithMessage($"{label} must not contain control characters or invisible characters");

    private static bool IsIdentifierCharacter(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };

    private static bool IsTextCharacter(char c, bool lineBreaks) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control => lineBreaks && c is '\t' or '\r' or '\n',
        UnicodeCategory.Format => c is ZeroWidthNonJoiner or ZeroWidthJoiner,
        UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}
