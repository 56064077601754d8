namespace MissingChildren.Web.Features.Children;

/// <summary>What a person sees when someone else saved the same record first (never a silent overwrite).</summary>
public static class EditConflict
{
    public const string Message = "Someone else changed this record while you were working on it. Your changes have not been saved: they are shown below. Check the record, then save again.";
}
