namespace MissingChildren.Web.Features;

/// <summary>
/// What a use case throws when the record asked for does not exist, or the signed-in person may not know it does:
/// pages show the 404 page (<see cref="Infrastructure.Web.FormOutcomeFilter"/>).
/// </summary>
public class RecordNotFoundException : Exception
{
    public RecordNotFoundException()
        : base("The record was not found.")
    {
    }

    public RecordNotFoundException(string message)
        : base(message)
    {
    }

    public RecordNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
