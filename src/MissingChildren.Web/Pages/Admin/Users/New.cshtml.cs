using Mediator;
using MissingChildren.Web.Features.Administration.Users;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MissingChildren.Web.Pages.Admin.Users;

/// <summary>Create a user (<c>/admin/users/new</c>): they are e-mailed a link to set their own password.</summary>
[Authorize(Roles = Domain.Roles.Administrator)]
public sealed class NewModel(ISender mediator) : UserFormModel, IRedisplayedForm
{
    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var created = await mediator.Send(new CreateUser.Command(DisplayName, Email, Roles, TeamId, Agency), cancellationToken);
        TempData[DetailsModel.DoneKey] = DetailsModel.Created(created.ChildrenInherited);
        TempData[DetailsModel.LinkKey] = created.LinkSent;
        return Redirect(Links.AdminUser(created.UserId));
    }

    public Task ReloadAsync(Redisplay reason, CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Teams = await mediator.Send(new ListTeamOptions.Query(), cancellationToken);
}
