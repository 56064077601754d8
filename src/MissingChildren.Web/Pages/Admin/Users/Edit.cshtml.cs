using Mediator;
using MissingChildren.Web.Features.Administration.Users;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Admin.Users;

/// <summary>Change a user's details (<c>/admin/users/{id}/edit</c>), from the version read: a conflict keeps what was typed.</summary>
[Authorize(Roles = Domain.Roles.Administrator)]
public sealed class EditModel(ISender mediator) : UserFormModel, IRedisplayedForm
{
    [FromRoute]
    public string Id { get; set; } = "";

    /// <summary>Identity's concurrency stamp when the form was read (the form's <see cref="FormOutcomeFilter.VersionField"/>).</summary>
    [BindProperty]
    public string? Version { get; set; }

    public string Name { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = await LoadAsync(cancellationToken);
        Version = user.ConcurrencyStamp;
        DisplayName = user.Name;
        Email = user.Email;
        Roles = [.. user.Roles];
        TeamId = user.TeamId;
        Agency = user.Agency;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new EditUser.Command(Id, Version, DisplayName, Email, Roles, TeamId, Agency), cancellationToken);
        TempData[DetailsModel.DoneKey] = "User's details saved";
        return Redirect(Links.AdminUser(Id));
    }

    public async Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(cancellationToken);
        if (reason == Redisplay.Conflict)
        {
            Version = user.ConcurrencyStamp;
        }
    }

    private async Task<GetUser.Result> LoadAsync(CancellationToken cancellationToken)
    {
        var user = await mediator.Send(new GetUser.Query(Id), cancellationToken);
        Name = user.Name;
        Teams = await mediator.Send(new ListTeamOptions.Query(), cancellationToken);
        return user;
    }
}
