namespace MissingChildren.Web.Pages.FrontDoor;

/// <summary>
/// A known child at triage who may be the one reported (R1): a candidate, or a child a search found. A strong match is
/// linked in one click; a weak one is opened (the name links to the record) and compared first.
/// </summary>
/// <param name="Search">The search the child was found by, kept on the link's address (null for a candidate).</param>
public sealed record TriageMatchModel(Guid ChildId, string Name, string LocalId, DateOnly? DateOfBirth, string Reasons, bool IsStrong, Guid Version, string? Search);
