using MissingChildren.Domain.ReturnInterviews;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// Runs a step of the RHI's workflow: a step its state refuses becomes a validation message against the form's field
/// (or the field the refusal names), as every other message on the form.
/// </summary>
public static class RhiStep
{
    public static T Run<T>(string field, Func<T> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        try
        {
            return step();
        }
        catch (RhiTransitionRefusedException refused)
        {
            throw RhiAccess.Invalid(refused.Property ?? field, refused.Message);
        }
    }

    public static void Run(string field, Action step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Run(field, () =>
        {
            step();
            return true;
        });
    }
}
