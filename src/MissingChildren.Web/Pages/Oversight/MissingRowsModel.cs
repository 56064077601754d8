using MissingChildren.Web.Features.Oversight;

namespace MissingChildren.Web.Pages.Oversight;

/// <summary>A table of children missing now (<c>_MissingRows</c>); other authorities' children show their home authority.</summary>
public sealed record MissingRowsModel(IReadOnlyList<GetMissingNow.Row> Rows, DateTimeOffset Now, string Caption, string TestId, bool ShowHomeAuthority);
