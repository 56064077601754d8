using FluentValidation;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain.Administration;
using MissingChildren.Domain.Policy;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.Administration.Policy;

/// <summary>
/// An administrator changes one setting of the profile in force: kept as a dated override on top of the profile file,
/// checked by the validator that checks the files, audited (the override is an entity), applied to duties raised after.
/// </summary>
public static class ChangePolicySetting
{
    /// <param name="Profile">The profile in force when the page was read: a switch meanwhile is a conflict.</param>
    /// <param name="Version">The override's version when the page was read; null when there was none.</param>
    public sealed record Command(
        string Profile, string Path, Guid? Version, string? Value, IReadOnlyList<string>? Values, string? Start, string? End, string? Reason)
        : ICommand<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Enter why you are changing this setting")
                .MaximumLength(1000).WithMessage("The reason must be 1,000 characters or fewer");
            RuleFor(c => c).CustomAsync(async (command, context, cancellationToken) =>
            {
                var others = await db.PolicyOverrides.AsNoTracking()
                    .Where(o => o.Profile == command.Profile && o.Path != command.Path)
                    .ToListAsync(cancellationToken);
                foreach (var (field, message) in Problems(command, others))
                {
                    context.AddFailure(field, message);
                }
            });
        }
    }

    /// <summary>What is wrong with the new value: it cannot be read, or the profile with it breaks a rule (the validator's words).</summary>
    public static IEnumerable<(string Field, string Message)> Problems(Command command, IEnumerable<PolicyOverride> others)
    {
        ArgumentNullException.ThrowIfNull(command);
        var type = PolicyPaths.TypeOf(command.Path);
        if (type is null || !PolicyProfileCatalog.Names.Contains(command.Profile, StringComparer.Ordinal))
        {
            return [(SettingValue.ValueField, "The profile has no such setting")];
        }

        var (json, field, error) = SettingInput.Read(type, new SettingValue(command.Value, command.Values, command.Start, command.End));
        if (error is not null)
        {
            return [(field!, error)];
        }

        var target = SettingInput.KindOf(type) switch
        {
            SettingKind.Choices => SettingValue.ValuesField,
            SettingKind.CoreHours => SettingValue.StartField,
            _ => SettingValue.ValueField,
        };
        var (_, effective, _) = PolicySnapshot.Overlay(command.Profile, others);
        try
        {
            PolicyProfileJson.Bind(PolicyPaths.Apply(effective, command.Path, json), command.Profile);
            return [];
        }
        catch (PolicyProfileException ex)
        {
            return ex.Problems.Select(p => (target, p));
        }
    }

    public sealed class Handler(AppDbContext db, PolicyChanges changes, ICurrentActor actor, TimeProvider clock) : ICommandHandler<Command, Unit>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            if (changes.Live.Profile.Name != command.Profile)
            {
                throw new DbUpdateConcurrencyException(EditConflict.Message);
            }

            var type = PolicyPaths.TypeOf(command.Path) ?? throw new RecordNotFoundException();
            var (json, _, _) = SettingInput.Read(type, new SettingValue(command.Value, command.Values, command.Start, command.End));
            var existing = await db.PolicyOverrides.SingleOrDefaultAsync(o => o.Profile == command.Profile && o.Path == command.Path, cancellationToken);
            if (existing is null)
            {
                if (command.Version is not null)
                {
                    throw new DbUpdateConcurrencyException(EditConflict.Message);
                }

                existing = new PolicyOverride { Profile = command.Profile, Path = command.Path, ValueJson = "", Reason = "", ChangedBy = "" };
                db.PolicyOverrides.Add(existing);
            }
            else
            {
                db.Entry(existing).Property(o => o.Version).OriginalValue = command.Version ?? throw new DbUpdateConcurrencyException(EditConflict.Message);
            }

            existing.ValueJson = PolicySettings.Json(json);
            existing.Reason = command.Reason!.Trim();
            existing.ChangedBy = actor.Name;
            existing.ChangedAt = clock.GetUtcNow();
            await changes.SaveAsync($"Setting {command.Path} of {command.Profile} changed", cancellationToken);
            return Unit.Value;
        }
    }
}
