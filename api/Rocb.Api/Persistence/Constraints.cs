namespace Rocb.Api.Persistence;

/// <summary>
/// Names of database constraints, shared by the EF model, the SQL migrations and the error mapping
/// that turns a violated constraint into a 409 naming the field and the reason.
/// </summary>
public static class Constraints
{
    public const string RegionCode = "ux_regions_code";
    public const string SubRegionCode = "ux_sub_regions_region_id_code";
    public const string SubRegionRegion = "fk_sub_regions_regions_region_id";
    public const string MemberCode = "ux_members_code";
    public const string MemberSubRegion = "fk_members_sub_regions_sub_region_id";
    public const string MemberDates = "ck_members_left_after_joined";
    public const string UserMember = "fk_users_members_member_id";
    public const string ApiKeyPrefix = "ux_api_keys_prefix";

    /// <summary>What a violation of each constraint means to a caller: the field at fault and a sentence.</summary>
    public static readonly IReadOnlyDictionary<string, (string Field, string Message)> Explanations =
        new Dictionary<string, (string, string)>
        {
            [RegionCode] = ("code", "Another region already has this code."),
            [SubRegionCode] = ("code", "Another sub-region of this region already has this code."),
            [SubRegionRegion] = ("regionCode", "The sub-region still has Member administrations, or its region does not exist."),
            [MemberCode] = ("code", "Another Member administration already has this code."),
            [MemberSubRegion] = ("subRegionId", "Member administrations still belong to this sub-region: move or delete them first."),
            [MemberDates] = ("leftOn", "The date left must not be before the date joined."),
            [UserMember] = ("memberId", "Users are bound to this Member administration as its focal points: unbind or disable them first."),
        };
}
