using Mediator;
using MissingChildren.Domain.Teams;
using MissingChildren.Web.Features.Administration.Teams;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MissingChildren.Web.Pages.Admin.Teams;

/// <summary>A team (<c>/admin/teams/{id}</c>): change what it is, and who is in it.</summary>
public sealed class EditModel(ISender mediator) : TeamFormModel(mediator)
{
    [FromRoute(Name = "id")]
    public Guid Id { get; set; }

    /// <summary>The person chosen to join the team.</summary>
    [BindProperty]
    public string? AddUserId { get; set; }

    protected override Guid? TeamId => Id;

    public GetTeam.Details Team => Data.Team!;

    public IEnumerable<SelectListItem> PeopleItems =>
        [new("Choose a person", ""), .. Data.Others.Select(p => new SelectListItem(
            $"{p.Name} ({p.Email}), {(p.CurrentTeam is { } team ? $"leaves {team}" : "in no team now")}", p.UserId))];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ShowStored();
    }

    [FormField(nameof(AddTeamMember.Command.UserId), nameof(AddUserId))]
    public async Task<IActionResult> OnPostAddMemberAsync(CancellationToken cancellationToken)
    {
        var added = await Mediator.Send(new AddTeamMember.Command(Id, AddUserId), cancellationToken);
        Done = added.LeftTeam is { } left ? $"{added.Name} has joined this team and left {left}" : $"{added.Name} has joined this team";
        return Redirect(Links.AdminTeam(Id));
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(string userId, CancellationToken cancellationToken)
    {
        var name = await Mediator.Send(new RemoveTeamMember.Command(Id, userId), cancellationToken);
        Done = $"{name} has left this team";
        return Redirect(Links.AdminTeam(Id));
    }

    public override async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        await base.ReloadAsync(reason, cancellationToken);
        if (Request.Form.ContainsKey(nameof(AddUserId)))
        {
            // The member form was refused: the team's own form shows the team as stored.
            ShowStored();
        }
    }

    public bool NeedsSetUp => Team.NeedsSetUp || Team.Function == TeamFunction.Unknown;
}
