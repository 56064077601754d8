using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace MissingChildren.Web.Pages.Reports;

/// <summary>
/// Gives every report page its downloads: a page under <c>Pages/Reports/</c> (the index aside) declared as
/// <c>@page "/reports/{slug}"</c> also answers at <c>/reports/{slug}.{format}</c> (<c>.csv</c>, <c>.xlsx</c>; any other
/// format is a 404 from <see cref="ReportPageModel"/>). A route template cannot say it in one: ASP.NET Core allows an
/// optional parameter after a period only (<c>{name}.{format?}</c>), never after a literal such as <c>daily-missing.</c>.
/// </summary>
public sealed class ReportFileRoutes : IPageRouteModelConvention
{
    public const string Format = ".{format}";

    public void Apply(PageRouteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.ViewEnginePath.StartsWith("/Reports/", StringComparison.Ordinal) || model.ViewEnginePath == "/Reports/Index")
        {
            return;
        }

        foreach (var selector in model.Selectors.ToList())
        {
            if (selector.AttributeRouteModel is { Template: { } template } route && !template.Contains('{', StringComparison.Ordinal))
            {
                model.Selectors.Add(new SelectorModel(selector) { AttributeRouteModel = new AttributeRouteModel(route) { Template = template + Format } });
            }
        }
    }
}
