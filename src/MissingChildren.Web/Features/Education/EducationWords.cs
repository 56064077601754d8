using MissingChildren.Domain.Education;
using MissingChildren.Web.Infrastructure.Web;

namespace MissingChildren.Web.Features.Education;

/// <summary>How the education pages name what they show (the words are in <see cref="Words"/>).</summary>
public static class EducationWords
{
    public static string Agency(EnquiryAgency agency) => Words.Of(agency);

    public static string Status(CmeStatus status) => Words.Of(status);
}
