using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Reports;

/// <summary><c>/reports</c>: every report (screens.md "Reports: URLs"), each with its own page and downloads.</summary>
[Authorize(Roles = ReportPageModel.Readers)]
public sealed class IndexModel : PageModel;
