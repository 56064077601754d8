namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>One page of a list: every list in the service is paged (screens.md).</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int FirstItem => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastItem => Math.Min(Page * PageSize, Total);
}

public static class Paging
{
    public const int DefaultSize = 25;

    /// <summary>A page number from the query string, kept within range.</summary>
    public static int Clamp(int? page) => page is > 0 ? page.Value : 1;
}

/// <summary>What the pagination partial needs: where it is and how to link to another page.</summary>
/// <param name="Label">The navigation's accessible name: unique on a page with two paged lists.</param>
public sealed record PagerModel(int Page, int PageCount, int FirstItem, int LastItem, int Total, Func<int, string> LinkTo, string Label = "Pagination");
