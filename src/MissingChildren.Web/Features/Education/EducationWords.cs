using MissingChildren.Domain.Education;

namespace MissingChildren.Web.Features.Education;

/// <summary>How the education pages name what they show.</summary>
public static class EducationWords
{
    public static string Agency(EnquiryAgency agency) => agency switch
    {
        EnquiryAgency.OtherLocalAuthority => "Another local authority",
        EnquiryAgency.Nhs => "NHS",
        EnquiryAgency.DistrictCouncil => "A district or borough council",
        EnquiryAgency.Police => "Police",
        EnquiryAgency.EarlyHelp => "Early help",
        EnquiryAgency.School => "A school",
        _ => "Other",
    };

    public static string Status(CmeStatus status) => status switch
    {
        CmeStatus.Open => "Open",
        CmeStatus.Dormant => "Dormant",
        _ => "Found",
    };
}
