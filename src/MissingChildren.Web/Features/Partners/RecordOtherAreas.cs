using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Partners;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Duties;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Partners;

/// <summary>
/// Records the other local authorities an episode concerns: the area the child went missing from and the area they were
/// found in, when either is not ours (R42), and whether the whole family is missing, with every other authority to tell
/// (R41). Where the profile applies those rules, each authority named becomes a duty to tell it.
/// </summary>
public static class RecordOtherAreas
{
    public const int AreaMaxLength = 100;

    public sealed record Command(Guid ChildId, Guid EpisodeId, Guid Version, string? MissingFromArea, string? FoundInArea, bool FamilyMissing, string? FamilyAuthorities)
        : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.MissingFromArea).MaximumLength(AreaMaxLength).WithMessage("The area the child went missing from must be 100 characters or fewer");
            RuleFor(c => c.FoundInArea).MaximumLength(AreaMaxLength).WithMessage("The area the child was found in must be 100 characters or fewer");
            RuleFor(c => c.FamilyAuthorities).Cascade(CascadeMode.Stop)
                .Must(a => PartnerRecord.Authorities(a).Count > 0).When(c => c.FamilyMissing)
                .WithMessage("Enter the other local authorities to tell that the family is missing, one on each line")
                .Must(a => PartnerRecord.Authorities(a).All(n => n.Length <= AreaMaxLength)).WithMessage("Each local authority's name must be 100 characters or fewer")
                .Must(a => PartnerRecord.Authorities(a).Count <= 10).WithMessage("Enter 10 local authorities or fewer");
        }
    }

    public sealed class Handler(AppDbContext db, ChildAccess access, DutyScheduler scheduler, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, RecordPart.Episodes, PartAccess.Change, cancellationToken);
            var episode = await db.Episodes.SingleOrDefaultAsync(e => e.Id == command.EpisodeId && e.ChildId == command.ChildId, cancellationToken)
                          ?? throw new RecordNotFoundException("No such episode for this child.");
            db.Entry(episode).Property(e => e.Version).OriginalValue = command.Version;
            var now = clock.GetUtcNow();
            episode.MissingFromArea = Blank(command.MissingFromArea);
            episode.FoundInArea = Blank(command.FoundInArea);
            episode.FamilyMissing = command.FamilyMissing;
            episode.FamilyAuthorities = command.FamilyMissing ? string.Join('\n', PartnerRecord.Authorities(command.FamilyAuthorities)) : null;
            episode.OtherAreasRecordedAt = now;
            episode.Version = Guid.NewGuid();

            // R41, R42: each authority named is told, where the profile applies the rule.
            await scheduler.ApplyAsync([episode.Id], now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
