using Mediator;
using MissingChildren.Domain;
using MissingChildren.Web.Features.Administration.Policy;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Admin.Policy;

/// <summary><c>/admin/policy/setting?path=…</c>: change one setting of the profile in force, or go back to the profile's value.</summary>
[Authorize(Roles = Roles.Administrator)]
public sealed class SettingModel(ISender mediator) : PageModel, IRedisplayedForm
{
    [BindProperty(SupportsGet = true)]
    public string? Path { get; set; }

    [BindProperty]
    public string? Profile { get; set; }

    [BindProperty]
    public Guid? Version { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public List<string> Values { get; set; } = [];

    [BindProperty]
    public string? Start { get; set; }

    [BindProperty]
    public string? End { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? ResetReason { get; set; }

    public GetPolicySetting.Result Setting { get; private set; } = default!;

    public IEnumerable<SelectListItem> Options =>
        (Setting.AllowsNull && Setting.Kind == SettingKind.Choice ? [new SelectListItem(PolicySettings.NotApplied, "")] : Array.Empty<SelectListItem>())
            .Concat(Setting.Options.Select(o => new SelectListItem(o.Words, o.Name)));

    public static IReadOnlyList<SelectListItem> YesNo { get; } = [new("Yes", "Yes"), new("No", "No")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Profile = Setting.Profile;
        Version = Setting.Override?.Version;
        (Value, Values, Start, End) = (Setting.Input.Value, Setting.Input.Values?.ToList() ?? [], Setting.Input.Start, Setting.Input.End);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await mediator.Send(new ChangePolicySetting.Command(Profile ?? "", Setting.Path, Version, Value, Values, Start, End, Reason), cancellationToken);
        return Redirect($"{Links.AdminPolicy}#{Setting.Path.Split('.', '[')[0]}");
    }

    [FormField(nameof(ResetPolicySetting.Command.Reason), nameof(ResetReason))]
    public async Task<IActionResult> OnPostResetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        await mediator.Send(new ResetPolicySetting.Command(Profile ?? "", Setting.Path, Version, ResetReason), cancellationToken);
        return Redirect($"{Links.AdminPolicy}#{Setting.Path.Split('.', '[')[0]}");
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            throw new Features.RecordNotFoundException();
        }

        if (reason == Redisplay.Conflict)
        {
            Profile = Setting.Profile;
            Version = Setting.Override?.Version;
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Path) || await mediator.Send(new GetPolicySetting.Query(Path), cancellationToken) is not { } setting)
        {
            return false;
        }

        Setting = setting;
        return true;
    }
}
