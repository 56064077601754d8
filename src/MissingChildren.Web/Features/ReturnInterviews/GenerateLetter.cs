using System.Globalization;
using FluentValidation;
using Mediator;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.ReturnInterviews;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using MissingChildren.Web.Infrastructure.Letters;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.ReturnInterviews;

/// <summary>
/// R20 (002 §4.6): the council's standard letter offering the interview, addressed by the child's age and living
/// situation: under 13 to the parent or carer; 13 and over to the parent or carer and the child; 16 and over living
/// independently to the child only. The letter and its PDF are kept on the record.
/// </summary>
public static class GenerateLetter
{
    public sealed record Command(Guid RhiId, Guid Version, string? LivingIndependently) : ICommand<Guid>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.LivingIndependently).Must(l => l is "yes" or "no").WithMessage("Select whether the child lives independently");
        }
    }

    public sealed class Handler(AppDbContext db, RhiAccess access, ReturnInterviewRules rules, LetterPdfWriter pdf, ICurrentActor actor, TimeProvider clock)
        : ICommandHandler<Command, Guid>
    {
        public async ValueTask<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var rhi = await access.FindForChangeAsync(command.RhiId, command.Version, cancellationToken);
            var now = clock.GetUtcNow();
            var child = await access.ChildAsync(rhi.ChildId, rules.Calendar.LocalDate(now), cancellationToken);
            var living = command.LivingIndependently == "yes";
            var recipients = rules.LetterRecipientsFor(child.Age, living);
            var worker = await db.Users.Where(u => u.Id == rhi.AllocatedWorkerId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? "Return home interview worker";
            var letter = Compose(rhi, child, recipients, living, worker, rules.Settings.ProviderName, now);

            // The letter follows the attempts (R20) and is itself an offer of the interview (R17).
            var closed = RhiStep.Run(nameof(Command.LivingIndependently), () => rhi.RecordLetterSent(recipients, now, actor.UserId));
            letter.CreatedByUserId = actor.UserId;
            letter.Pdf = pdf.Write(letter, rules.Calendar.ToLocal(now));
            db.RhiLetters.Add(letter);
            await RhiDuties.CloseAsync(db, rhi.Id, closed, now, cancellationToken);

            rhi.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return letter.Id;
        }

        public static RhiLetter Compose(ReturnHomeInterview rhi, RhiAccess.ChildSummary child, LetterRecipients recipients, bool living, string worker, string service, DateTimeOffset now)
        {
            var first = child.Name.Split(' ')[0];
            var toChild = recipients.HasFlag(LetterRecipients.Child);
            var toParent = recipients.HasFlag(LetterRecipients.ParentOrCarer);
            var addressee = (toChild, toParent) switch
            {
                (true, true) => $"{child.Name} and their parent or carer",
                (true, false) => child.Name,
                _ => $"The parent or carer of {child.Name}",
            };
            var salutation = (toChild, toParent) switch
            {
                (true, true) => $"Dear {first} and parent or carer",
                (true, false) => $"Dear {first}",
                _ => "Dear parent or carer",
            };
            var you = toChild && !toParent ? "you" : toChild ? $"you, {first}," : first;
            var body = string.Join("\n\n",
                toChild && !toParent
                    ? "We understand that you were recently reported missing and have now returned. We are glad you are safe."
                    : $"We understand that {first} was recently reported missing and has now returned. We are glad {first} is safe.",
                $"We would like to offer {you} a return home interview. It is a chance to talk in confidence with someone independent about what happened while away, and about any help or support that would make things better. The interview is voluntary and can take place somewhere that suits {(toChild && !toParent ? "you" : "you both")}.",
                string.Create(CultureInfo.InvariantCulture, $"We have tried to contact you to arrange the interview. Please contact {worker} at the {service} to arrange a time. We aim to hold the interview as soon as possible after the return."),
                "If you would rather not have an interview, please let us know, and tell us if there is any other support we can offer.");
            return new RhiLetter
            {
                ReturnHomeInterviewId = rhi.Id,
                CreatedAt = now,
                Recipients = recipients,
                LivingIndependently = living,
                Salutation = salutation,
                AddressedTo = string.IsNullOrWhiteSpace(child.Address) ? addressee : addressee + "\n" + string.Join('\n', child.Address.Split(',', StringSplitOptions.TrimEntries)),
                ChildName = child.Name,
                Body = body,
                SignedBy = worker,
                ServiceName = service,
            };
        }
    }
}
