using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Pages.ReturnInterviews;

/// <summary>The addresses under an RHI's own (<see cref="Links.ReturnInterview"/>): its letters.</summary>
public static class RhiLinks
{
    public static string Letter(Guid rhiId, Guid letterId) => $"{Links.ReturnInterview(rhiId)}/letters/{letterId}";

    public static string LetterPdf(Guid rhiId, Guid letterId) => $"{Letter(rhiId, letterId)}.pdf";
}
