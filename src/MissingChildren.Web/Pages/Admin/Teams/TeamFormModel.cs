using Mediator;
using MissingChildren.Domain;
using MissingChildren.Domain.Teams;
using MissingChildren.Web.Features;
using MissingChildren.Web.Features.Administration.Teams;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissingChildren.Web.Pages.Admin.Teams;

/// <summary>What the new-team and edit-team pages share: the team's fields, the choices the form offers, and saving.</summary>
[Authorize(Roles = Roles.Administrator)]
public abstract class TeamFormModel(ISender mediator) : PageModel, IRedisplayedForm
{
    protected ISender Mediator { get; } = mediator;

    [BindProperty]
    public Guid? Version { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public TeamFunction? Kind { get; set; }

    [BindProperty]
    public Agency? Agency { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public bool IsDefault { get; set; }

    [BindProperty]
    public string? Areas { get; set; }

    [BindProperty]
    public List<Guid> ServesTeamIds { get; set; } = [];

    [TempData]
    public string? Done { get; set; }

    public GetTeam.Result Data { get; protected set; } = new(null, [], [], []);

    /// <summary>The team being edited; null on the new-team page.</summary>
    protected abstract Guid? TeamId { get; }

    public IEnumerable<SelectListItem> KindItems => TeamWords.ChoosableKinds.Select(k => new SelectListItem(TeamWords.Kind(k), k.ToString()));

    public IEnumerable<SelectListItem> AgencyItems =>
        Enum.GetValues<Agency>().Select(a => new SelectListItem(AgencyNames.DisplayName(a), a.ToString()));

    public IEnumerable<SelectListItem> DefaultItems => [new("This is the default team of its kind", "true") { Selected = IsDefault }];

    public IEnumerable<SelectListItem> SocialWorkItems => Data.SocialWorkTeams.Select(t => new SelectListItem(t.Name, t.Id.ToString()));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await Mediator.Send(
            new SaveTeam.Command(TeamId, Version, Name, Kind, Agency, Description, IsDefault, Areas, ServesTeamIds), cancellationToken);
        Done = TeamId is null ? $"{Name?.Trim()} added" : $"{Name?.Trim()} saved";
        return Redirect(Links.AdminTeam(id));
    }

    public virtual async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (reason == Redisplay.Conflict)
        {
            Version = Data.Team?.Version;
        }
    }

    /// <summary>Reads the team and the form's choices; a team that does not exist is not found.</summary>
    protected async Task LoadAsync(CancellationToken cancellationToken) =>
        Data = await Mediator.Send(new GetTeam.Query(TeamId), cancellationToken) ?? throw new RecordNotFoundException("No such team.");

    /// <summary>The form as the team is stored (a team the case management system named has no kind yet).</summary>
    protected void ShowStored()
    {
        if (Data.Team is not { } team)
        {
            return;
        }

        Version = team.Version;
        Name = team.Name;
        Kind = team.Function == TeamFunction.Unknown ? null : team.Function;
        Agency = team.Agency;
        Description = team.Description;
        IsDefault = team.IsDefault;
        Areas = string.Join(", ", team.Areas);
        ServesTeamIds = [.. team.ServesTeamIds];
    }
}
