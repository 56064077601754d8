using Mediator;

namespace MissingChildren.Web.Pages.Admin.Teams;

/// <summary>Add a team (<c>/admin/teams/new</c>).</summary>
public sealed class NewModel(ISender mediator) : TeamFormModel(mediator)
{
    protected override Guid? TeamId => null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Agency = Domain.Agency.ChildrensSocialCare;
    }
}
