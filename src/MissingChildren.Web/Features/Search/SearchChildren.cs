using System.Linq.Expressions;
using FluentValidation;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Children;

namespace MissingChildren.Web.Features.Search;

/// <summary>
/// <c>/search?q=</c> (screens.md "Search"): the children the signed-in person may open (<see cref="ChildAccess"/>) who
/// answer what they typed: a name (whole, its start, a short form or misspelt by a letter or two), a date of birth, a
/// local ID or a police reference (R1: Front Door searches before it records a new child). Best match first.
/// </summary>
public static class SearchChildren
{
    public sealed record Query(string? Text) : IQuery<Result>;

    /// <param name="Reasons">Why the child was found, in words ("Similar name", "Police reference POL-123").</param>
    public sealed record Row(
        Guid Id, string Name, DateOnly? DateOfBirth, string LocalId, IReadOnlyList<string> Involvements, string? OpenEpisode, string? Team, IReadOnlyList<string> Reasons);

    /// <param name="More">More children matched than are shown: the person should add to the search.</param>
    public sealed record Result(IReadOnlyList<Row> Rows, bool More);

    /// <summary>At most this many children are shown, best first.</summary>
    public const int Limit = 50;

    /// <summary>At most this many children whose names hold a part of the names searched for are compared.</summary>
    public const int CompareLimit = 2000;

    public const string EnterSearch = "Enter a name, date of birth, local ID or police reference";

    public static readonly string TooShort = $"Search must be {ChildSearch.MinimumLength} characters or more";

    public static readonly string TooLong = $"Search must be {ChildSearch.MaximumLength} characters or fewer";

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Text).SearchText();
    }

    /// <summary>What a search must be: not empty, at least <see cref="ChildSearch.MinimumLength"/> characters, not overlong.</summary>
    public static IRuleBuilderOptions<T, string?> SearchText<T>(this IRuleBuilderInitial<T, string?> rule) => rule.Cascade(CascadeMode.Stop)
        .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(EnterSearch)
        .Must(t => t!.Trim().Length >= ChildSearch.MinimumLength).WithMessage(TooShort)
        .Must(t => t!.Trim().Length <= ChildSearch.MaximumLength).WithMessage(TooLong);

    public sealed class Handler(ChildFinder finder) : IQueryHandler<Query, Result>
    {
        public async ValueTask<Result> Handle(Query query, CancellationToken cancellationToken) => await finder.FindAsync(query.Text, cancellationToken);
    }

    /// <summary>Children whose first or last name (in capitals) holds one of the fragments: a filter every provider runs.</summary>
    internal static Expression<Func<Child, bool>> HoldsAny(IReadOnlyList<string> fragments)
    {
        var child = Expression.Parameter(typeof(Child), "c");
        var toUpper = typeof(string).GetMethod(nameof(string.ToUpper), Type.EmptyTypes)!;
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression? any = null;
        foreach (var fragment in fragments)
        {
            // A member of a closure, so EF Core sends each fragment as a parameter, never in the SQL text.
            var value = Expression.Property(Expression.Constant(new Fragment(fragment.ToUpperInvariant())), nameof(Fragment.Value));
            foreach (var property in new[] { nameof(Child.FirstName), nameof(Child.LastName) })
            {
                var holds = Expression.Call(Expression.Call(Expression.Property(child, property), toUpper), contains, value);
                any = any is null ? holds : Expression.OrElse(any, holds);
            }
        }

        return Expression.Lambda<Func<Child, bool>>(any ?? Expression.Constant(false), child);
    }

    private sealed record Fragment(string Value);
}
