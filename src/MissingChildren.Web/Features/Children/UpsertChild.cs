using FluentValidation;
using FluentValidation.Results;
using Mediator;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Administration;
using MissingChildren.Web.Features.Administration.Teams;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Mediator;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Children;

/// <summary>
/// The council's case management system creates or updates a child (PUT /api/v1/children/{localId}). The list of
/// involvements is the current picture: one no longer listed is ended today, never deleted, so history stays. A team the
/// service does not hold is made (<see cref="NamedTeams"/>); a worker without an account is kept by e-mail and inherits the
/// child when an administrator creates them (<see cref="NamedWorkers"/>).
/// </summary>
public static class UpsertChild
{
    public sealed record InvolvementInput(InvolvementType? Type, DateOnly? StartDate, DateOnly? EndDate, string? LegalStatus, string? HomeAuthority);

    /// <summary>What the API says of an involvement type it does not know.</summary>
    public const string UnknownInvolvementType = "Involvement type must be one of CLA, CLAOtherAuthority, CP, CIN, EarlyHelp, YOS, CME, CareLeaver";

    /// <param name="UnaccompaniedAsylumSeeker">Null leaves it as it is (false for a new child).</param>
    /// <param name="InputErrors">What the API could not read (<see cref="IParsedInput"/>).</param>
    public sealed record Command(
        string LocalId,
        string? FirstName,
        string? LastName,
        DateOnly? DateOfBirth,
        string? Gender,
        string? Address,
        bool? UnaccompaniedAsylumSeeker,
        IReadOnlyList<InvolvementInput>? Involvements,
        string? AllocatedTeam,
        string? AllocatedWorkerEmail,
        IReadOnlyList<ValidationFailure>? InputErrors = null) : ICommand<Result>, IParsedInput
    {
        IReadOnlyList<ValidationFailure> IParsedInput.InputErrors => InputErrors ?? [];
    }

    public sealed record Result(bool Created, GetChild.Result Child);

    public sealed class Validator : AbstractValidator<Command>
    {
        /// <summary>More than any child's real history; a list longer than this is a mistake in the sending system.</summary>
        public const int MaxInvolvements = 50;

        public Validator(TimeProvider clock)
        {
            DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

            RuleFor(c => c.LocalId).NotEmpty().MaximumLength(64).Identifier("Local ID");
            RuleFor(c => c.FirstName).NotEmpty().WithMessage("Enter the child's first name").MaximumLength(100).Line("First name");
            RuleFor(c => c.LastName).NotEmpty().WithMessage("Enter the child's last name").MaximumLength(100).Line("Last name");
            RuleFor(c => c.DateOfBirth).ChildDateOfBirth(Today);
            RuleFor(c => c.Gender).MaximumLength(40).Line("Gender");
            RuleFor(c => c.Address).MaximumLength(400).Text("Address");
            RuleFor(c => c.AllocatedTeam).MaximumLength(120).Line("Allocated team");
            RuleFor(c => c.AllocatedWorkerEmail).EmailAddress().WithMessage("Allocated worker email must be an email address, like name@example.org").MaximumLength(256)
                .Line("Allocated worker email");
            RuleFor(c => c.Involvements)
                .Must(i => i is null || i.Count <= MaxInvolvements).WithMessage($"Send no more than {MaxInvolvements} involvements");
            RuleForEach(c => c.Involvements).ChildRules(involvement =>
            {
                involvement.RuleFor(i => i.Type).NotNull().WithMessage("Enter the involvement type");
                involvement.RuleFor(i => i.StartDate).NotNull().WithMessage("Enter the involvement's start date")
                    .Must(d => PlausibleDates.IsInvolvementDate(d!.Value, Today())).When(i => i.StartDate is not null).WithMessage(TooEarly("Start date"));
                involvement.RuleFor(i => i.EndDate)
                    .Must((i, d) => d >= i.StartDate).WithMessage("End date must be on or after the start date")
                    .When(i => i.EndDate is not null);
                involvement.RuleFor(i => i.HomeAuthority)
                    .NotEmpty().When(i => i.Type == InvolvementType.CLAOtherAuthority)
                    .WithMessage("Enter the home authority of a child looked after by another authority")
                    .MaximumLength(120).Line("Home authority");
                involvement.RuleFor(i => i.LegalStatus).MaximumLength(16).Line("Legal status");
            }).When(c => c.Involvements is null || c.Involvements.Count <= MaxInvolvements);
        }

        private static string TooEarly(string label) =>
            $"{label} must be no more than {PlausibleDates.OldestAgeYears} years ago";
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            // A child is never refused for the council's organisation: an unknown team is made, an unknown worker kept by e-mail.
            var now = clock.GetUtcNow();
            var teamId = string.IsNullOrWhiteSpace(command.AllocatedTeam) ? (Guid?)null : await NamedTeams.FindOrAddAsync(db, command.AllocatedTeam, now, cancellationToken);
            var workerEmail = string.IsNullOrWhiteSpace(command.AllocatedWorkerEmail) ? null : command.AllocatedWorkerEmail.Trim().ToLowerInvariant();
            var workerId = await ResolveWorkerAsync(workerEmail, cancellationToken);

            var child = await db.Children.Include(c => c.Involvements).SingleOrDefaultAsync(c => c.LocalId == command.LocalId, cancellationToken);
            var created = child is null;
            child ??= db.Children.Add(new Child { LocalId = command.LocalId, FirstName = "", LastName = "" }).Entity;

            child.FirstName = command.FirstName!.Trim();
            child.LastName = command.LastName!.Trim();
            child.DateOfBirth = command.DateOfBirth;
            child.Gender = Blank(command.Gender);
            child.Address = Blank(command.Address);
            child.IsUnaccompaniedAsylumSeeker = command.UnaccompaniedAsylumSeeker ?? child.IsUnaccompaniedAsylumSeeker;
            child.AllocatedTeamId = teamId;
            child.AllocatedWorkerId = workerId;
            child.AllocatedWorkerEmail = workerEmail;
            MergeInvolvements(child, command.Involvements ?? [], DateOnly.FromDateTime(now.UtcDateTime));

            await db.SaveChangesAsync(cancellationToken);
            return new Result(created, await GetChild.ReadAsync(db, command.LocalId, cancellationToken) ?? throw new InvalidOperationException("The child was just saved."));
        }

        private static void MergeInvolvements(Child child, IReadOnlyList<InvolvementInput> inputs, DateOnly today)
        {
            var wanted = inputs.Select(i => new Involvement
            {
                ChildId = child.Id,
                Type = i.Type!.Value,
                StartDate = i.StartDate!.Value,
                EndDate = i.EndDate,
                LegalStatus = Blank(i.LegalStatus),
                HomeAuthority = Blank(i.HomeAuthority),
            }).ToList();

            foreach (var existing in child.Involvements)
            {
                var match = wanted.FirstOrDefault(w => w.Type == existing.Type && w.StartDate == existing.StartDate);
                if (match is null)
                {
                    existing.EndDate ??= today;
                    continue;
                }

                existing.EndDate = match.EndDate;
                existing.LegalStatus = match.LegalStatus;
                existing.HomeAuthority = match.HomeAuthority;
                wanted.Remove(match);
            }

            child.Involvements.AddRange(wanted);
        }

        /// <summary>The user with the named worker's e-mail, if they have an account yet (<see cref="NamedWorkers"/> links them when they do).</summary>
        private async Task<string?> ResolveWorkerAsync(string? email, CancellationToken cancellationToken)
        {
            if (email is null)
            {
                return null;
            }

            var normalised = email.ToUpperInvariant();
            return await db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
