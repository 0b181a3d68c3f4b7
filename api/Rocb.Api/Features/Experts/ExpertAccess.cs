using Rocb.Api.Common.Errors;
using Rocb.Api.Common.Security;

namespace Rocb.Api.Features.Experts;

/// <summary>Row-level rule: an expert sees and maintains only its own profile, availability and invitations; others answer 404.</summary>
public static class ExpertAccess
{
    public static bool IsExpert(CurrentUser user) => user.IsInRole(Roles.Expert);

    public static void EnsureOwn(CurrentUser user, int expertId)
    {
        if (IsExpert(user) && user.ExpertId != expertId) throw new NotFoundException("Expert", expertId);
    }
}
