using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Domain.Duties;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.RiskAssessments;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Features.Children;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.RiskAssessments;

/// <summary>
/// Saves the SERAF Child Exploitation risk assessment (001 Appendix 2; R28) as a draft, or sends it for
/// authorisation (R30). The score and suggested category come from the profile's weights and bands
/// (<see cref="SerafDefinition"/>); the assessor's own category is the final call, with a rationale when it differs.
/// A draft is edited in place; a version already sent is kept and a new version is made.
/// </summary>
public static class SaveRiskAssessment
{
    public sealed record Command(
        Guid ChildId,
        Guid? AssessmentId,
        Guid? Version,
        IReadOnlyList<string> Vulnerabilities,
        IReadOnlyList<string> ModerateIndicators,
        IReadOnlyList<string> SignificantRecent,
        IReadOnlyList<string> SignificantCurrent,
        string? AssessorCategory,
        string? CategoryRationale,
        string? PrincipalConcern,
        string? AdditionalInformation,
        bool SendForAuthorisation) : ICommand<Result>;

    public sealed record Result(Guid AssessmentId, int VersionNumber, bool Sent);

    public const string RationaleMessage = "Explain why your category differs from the suggested one";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PolicyProfile profile)
        {
            var form = profile.Seraf;
            RuleFor(c => c.Vulnerabilities).Must(v => v.All(code => form.Vulnerabilities.Any(i => i.Code == code))).WithMessage("Select vulnerabilities from the list");
            RuleFor(c => c.ModerateIndicators).Must(v => v.All(code => form.ModerateIndicators.Any(i => i.Code == code))).WithMessage("Select moderate risk indicators from the list");
            RuleFor(c => c.SignificantRecent).Must(v => v.All(code => form.SignificantIndicators.Any(i => i.Code == code))).WithMessage("Select significant risk indicators from the list");
            RuleFor(c => c.SignificantCurrent).Must(v => v.All(code => form.SignificantIndicators.Any(i => i.Code == code))).WithMessage("Select significant risk indicators from the list");
            RuleFor(c => c.AssessorCategory).NotEmpty().When(c => c.SendForAuthorisation).WithMessage("Select the risk category");
            RuleFor(c => c.AssessorCategory)
                .Must(code => form.Categories.Any(k => k.Code == code)).When(c => !string.IsNullOrEmpty(c.AssessorCategory)).WithMessage("Select the risk category");
            RuleFor(c => c.CategoryRationale)
                .NotEmpty()
                .When(c => !string.IsNullOrEmpty(c.AssessorCategory) && Suggested(form, c) is { } suggested && suggested != c.AssessorCategory)
                .WithMessage(RationaleMessage)
                .MaximumLength(4000);
            RuleFor(c => c.PrincipalConcern).NotEmpty().When(c => c.SendForAuthorisation).WithMessage("Enter the principal area of concern").MaximumLength(2000);
            RuleFor(c => c.AdditionalInformation).MaximumLength(8000);
        }

        private static string? Suggested(SerafDefinition form, Command c)
        {
            try
            {
                return form.SuggestCategory(form.Score(Answers(c))).Code;
            }
            catch (ArgumentException)
            {
                return null; // unknown codes are reported by their own rules
            }
        }
    }

    public static SerafAnswers Answers(Command c) => new()
    {
        Vulnerabilities = c.Vulnerabilities.ToHashSet(StringComparer.Ordinal),
        ModerateIndicators = c.ModerateIndicators.ToHashSet(StringComparer.Ordinal),
        SignificantRecent = c.SignificantRecent.ToHashSet(StringComparer.Ordinal),
        SignificantCurrent = c.SignificantCurrent.ToHashSet(StringComparer.Ordinal),
    };

    public sealed class Handler(AppDbContext db, ChildAccess access, PolicyProfile profile, WorkingCalendar calendar, ICurrentActor actor, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            await access.EnsureAsync(command.ChildId, RecordPart.RiskAssessments, PartAccess.Change, cancellationToken);
            var now = clock.GetUtcNow();
            RiskAssessment assessment;
            if (command.AssessmentId is { } id)
            {
                var existing = await db.RiskAssessments.SingleOrDefaultAsync(r => r.Id == id && r.ChildId == command.ChildId, cancellationToken)
                    ?? throw new ValidationException([new ValidationFailure("", "The risk assessment could not be found")]);
                if (command.Version is { } version)
                {
                    db.Entry(existing).Property(e => e.Version).OriginalValue = version;
                }

                if (!existing.IsCurrent)
                {
                    throw new DbUpdateConcurrencyException(EditConflict.Message);
                }

                if (existing.IsEditableInPlace)
                {
                    assessment = existing;
                }
                else
                {
                    // Versions kept (R30): what was sent for authorisation is never changed.
                    existing.IsCurrent = false;
                    assessment = existing.NextVersion(now, actor.Name, actor.UserId);
                    db.RiskAssessments.Add(assessment);
                }
            }
            else
            {
                var episodeId = await db.Episodes.Where(e => e.ChildId == command.ChildId)
                    .OrderByDescending(e => e.MissingFrom).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
                assessment = new RiskAssessment
                {
                    ChildId = command.ChildId,
                    EpisodeId = episodeId,
                    SuggestedCategory = "",
                    AssessedBy = actor.Name,
                    AssessorUserId = actor.UserId,
                    CreatedAt = now,
                };
                assessment.SeriesId = assessment.Id;
                db.RiskAssessments.Add(assessment);
            }

            assessment.Apply(profile.Seraf, Answers(command));
            assessment.AssessorCategory = Blank(command.AssessorCategory);
            assessment.CategoryRationale = assessment.AssessorCategory is not null && assessment.AssessorCategory != assessment.SuggestedCategory
                ? Blank(command.CategoryRationale)
                : null;
            assessment.PrincipalConcern = Blank(command.PrincipalConcern);
            assessment.AdditionalInformation = Blank(command.AdditionalInformation);
            assessment.AssessedBy = actor.Name;
            assessment.AssessorUserId = actor.UserId;
            assessment.UpdatedAt = now;

            if (command.SendForAuthorisation)
            {
                assessment.Status = RiskAssessmentStatus.AwaitingAuthorisation;
                assessment.SentForAuthorisationAt = now;
                await RaiseAuthorisationAsync(assessment, now, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Result(assessment.Id, assessment.VersionNumber, command.SendForAuthorisation);
        }

        /// <summary>R30: the child's team manager authorises the assessment (<see cref="AuthorisationDuties"/>).</summary>
        private async Task RaiseAuthorisationAsync(RiskAssessment assessment, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var teamId = await db.Children.Where(c => c.Id == assessment.ChildId).Select(c => c.AllocatedTeamId).SingleAsync(cancellationToken);
            var round = await db.DutyTasks.CountAsync(t => t.RiskAssessmentId == assessment.Id && t.Type == TaskType.ManagerAuthorisation, cancellationToken) + 1;
            db.DutyTasks.Add(AuthorisationDuties.ForRiskAssessment(calendar, assessment, teamId, round, now));

            // R28: the assessment the duty engine asked for is done.
            foreach (var duty in await db.DutyTasks.Where(t => t.ChildId == assessment.ChildId && t.Type == TaskType.CeRiskAssessment && t.Status == DutyStatus.Open).ToListAsync(cancellationToken))
            {
                duty.Complete(now, "Risk assessment sent for authorisation");
            }
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
