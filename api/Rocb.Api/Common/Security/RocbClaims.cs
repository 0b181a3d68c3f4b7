namespace Rocb.Api.Common.Security;

public static class RocbClaims
{
    public const string MemberId = "rocb:member_id";
    public const string ExpertId = "rocb:expert_id";
    public const string ApiKeyId = "rocb:api_key_id";
    public const string Scope = "scope";
    public const string SecurityStamp = "rocb:security_stamp";
}
