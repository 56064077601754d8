using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MissingChildren.Web.Infrastructure.Web;

/// <summary>
/// The one way a page says a change was made: the page that saved it names what was done, and the next page the
/// person sees shows it once as the GOV.UK success notification banner (<c>Pages/Shared/_SuccessBanner.cshtml</c>,
/// drawn by the layout). The words name what was done, not the child's details.
/// </summary>
public static class SuccessBanner
{
    /// <summary>The TempData entry the banner is read from.</summary>
    public const string Key = "Success";

    /// <summary>Shows <paramref name="whatWasDone"/> on the next page ("Case note added").</summary>
    public static void Success(this ITempDataDictionary tempData, string whatWasDone)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Key] = whatWasDone;
    }
}
