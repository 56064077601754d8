using MissingChildren.Domain;
using MissingChildren.Domain.Children;
using MissingChildren.Web.Features.Auditing;
using MissingChildren.Web.Features.Children;
using MissingChildren.Web.Features.Police;
using MissingChildren.Web.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace MissingChildren.Web.Features.MissingPersonProfiles;

/// <summary>
/// Who may read a child's missing person profile: social care staff and others the need-to-know matrix gives it to
/// (<see cref="ChildAccess"/>, refused with 403), and the police for the children they reported (<see cref="PoliceReach"/>:
/// anyone else's child is "not found").
/// </summary>
public sealed class ProfileReaders(ChildAccess access, PoliceReach police, ICurrentActor actor, AccessRefusals refusals)
{
    /// <summary>
    /// True when the reader may read the child's profile; false when the police did not report the child (a 404);
    /// throws <see cref="ChildAccessDeniedException"/> for staff the matrix does not give it to.
    /// </summary>
    /// <param name="apiClient">The integration client asking, by name; null for a person signed in.</param>
    public async Task<bool> MayReadAsync(Guid childId, string? apiClient, CancellationToken cancellationToken)
    {
        if (apiClient is not null || actor.IsInRole(Roles.Police))
        {
            var episodes = apiClient is not null ? police.EpisodesForClient(apiClient) : await police.EpisodesForForceAsync(cancellationToken);
            if (await police.ChildrenOf(episodes).AnyAsync(c => c.Id == childId, cancellationToken))
            {
                return true;
            }

            refusals.Note(ChildRecordRead.Child(childId));
            return false;
        }

        await access.EnsureAsync(childId, RecordPart.MissingPersonProfile, PartAccess.Read, cancellationToken);
        return true;
    }
}
