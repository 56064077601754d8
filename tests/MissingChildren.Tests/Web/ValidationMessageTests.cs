using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FluentValidation;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Tests.Web;

/// <summary>
/// Error messages use the question's words, as GOV.UK writes them, and never name an internal property
/// ("The length of 'Principal Concern'..." reads "Principal concern must be 4,000 characters or fewer").
/// </summary>
public sealed partial class ValidationMessageTests
{
    public ValidationMessageTests() => RuntimeHelpers.RunModuleConstructor(typeof(Words).Module.ModuleHandle);

    private sealed record Form(string? PrincipalConcern, string? LocalId);

    private sealed class FormValidator : AbstractValidator<Form>
    {
        public FormValidator()
        {
            RuleFor(f => f.PrincipalConcern).NotEmpty().MaximumLength(4000);
            RuleFor(f => f.LocalId).NotEmpty();
        }
    }

    [Fact]
    public void A_field_over_its_limit_is_named_in_words_with_the_limit()
    {
        var errors = new FormValidator().Validate(new Form(new string('a', 4001), "P1")).Errors;

        Assert.Equal("Principal concern must be 4,000 characters or fewer", Assert.Single(errors).ErrorMessage);
    }

    [Fact]
    public void An_empty_field_asks_for_it_in_words()
    {
        var errors = new FormValidator().Validate(new Form(null, null)).Errors.Select(e => e.ErrorMessage);

        Assert.Equal(["Enter principal concern", "Enter local ID"], errors);
    }

    /// <summary>Every use case's validator, given empty and then over-long input, answers without a property's name.</summary>
    [Fact]
    public async Task No_validator_names_a_property_in_a_message()
    {
        var profile = PolicyProfileCatalog.Load("Statutory");
        var calendar = profile.CreateCalendar(new UkBankHolidaySource(), []);
        var services = new Dictionary<Type, object>
        {
            [typeof(TimeProvider)] = TimeProvider.System,
            [typeof(PolicyProfile)] = profile,
            [typeof(ReturnInterviewRules)] = new ReturnInterviewRules(profile, calendar),
        };
        var validators = typeof(Words).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .ToList();
        var ran = 0;
        var problems = new List<string>();
        foreach (var type in validators)
        {
            var constructor = type.GetConstructors().Single();
            if (!constructor.GetParameters().All(p => services.ContainsKey(p.ParameterType)))
            {
                continue; // those that read the database are checked through their forms
            }

            var validator = (IValidator)constructor.Invoke([.. constructor.GetParameters().Select(p => services[p.ParameterType])]);
            var commandType = type.BaseType!.GetGenericArguments()[0];
            var properties = commandType.GetProperties().Select(p => p.Name).Where(n => n.Skip(1).Any(char.IsUpper)).ToHashSet();
            foreach (var longText in new[] { false, true })
            {
                if (Bad(commandType, longText) is not { } command)
                {
                    continue;
                }

                var result = await validator.ValidateAsync(new ValidationContext<object>(command));
                ran++;
                problems.AddRange(result.Errors
                    .Where(e => Word().Matches(e.ErrorMessage).Any(w => properties.Contains(w.Value)) || QuotedName().IsMatch(e.ErrorMessage))
                    .Select(e => $"{type.FullName}: {e.ErrorMessage}"));
            }
        }

        Assert.True(ran > 40, $"only {ran} validations ran");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>A command with every field empty, or every text far too long and every list holding an unknown code.</summary>
    private static object? Bad(Type commandType, bool longText)
    {
        var constructor = commandType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null)
        {
            return null;
        }

        var arguments = constructor.GetParameters().Select(p => Value(p.ParameterType, longText)).ToArray();
        return constructor.Invoke(arguments);
    }

    private static object? Value(Type type, bool longText)
    {
        if (type == typeof(string))
        {
            return longText ? new string('a', 9000) : "";
        }

        if (type.IsEnum)
        {
            return Enum.ToObject(type, 999);
        }

        if (type.IsArray && type.GetElementType() == typeof(string))
        {
            return longText ? new[] { "not-a-code" } : Array.Empty<string>();
        }

        if (type.IsGenericType && type.GetGenericArguments() is [var element] && element == typeof(string) && type.IsAssignableFrom(typeof(List<string>)))
        {
            return longText ? new List<string> { "not-a-code" } : new List<string>();
        }

        if (type.IsValueType)
        {
            return Nullable.GetUnderlyingType(type) is not null ? null : Activator.CreateInstance(type);
        }

        return type.IsAssignableTo(typeof(IEnumerable)) && type.IsAssignableFrom(typeof(List<object>)) ? new List<object>() : null;
    }

    /// <summary>FluentValidation's own wording: the property's name split and quoted, "'Principal Concern' must not be empty".</summary>
    [GeneratedRegex(@"'[A-Z][a-z]*( [A-Z][a-z]*)*'")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();
}
