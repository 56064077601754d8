using FluentValidation;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Notes;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;

namespace MissingChildren.Web.Features.Notes;

/// <summary>A case note on the child's record.</summary>
public static class AddCaseNote
{
    public sealed record Command(Guid ChildId, string? Title, string? Text) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Title).NotEmpty().WithMessage("Enter a title for the note").MaximumLength(200).WithMessage("Title must be 200 characters or fewer");
            RuleFor(c => c.Text).NotEmpty().WithMessage("Enter the note").MaximumLength(8000).WithMessage("The note must be 8,000 characters or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, RecordPart.CaseNotes, PartAccess.Change, cancellationToken);
            var now = clock.GetUtcNow();
            var note = new CaseNote
            {
                ChildId = command.ChildId,
                Kind = CaseNoteKind.General,
                Title = command.Title!.Trim(),
                OccurredAt = now,
                Text = command.Text!.Trim(),
                WrittenAt = now,
                WrittenBy = actor.Name,
            };
            db.CaseNotes.Add(note);
            await db.SaveChangesAsync(cancellationToken);
            return note.Id;
        }
    }
}
