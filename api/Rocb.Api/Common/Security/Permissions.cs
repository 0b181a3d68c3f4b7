namespace Rocb.Api.Common.Security;

/// <summary>Who may do what: each permission names the roles that have it and the API-key scope that grants it (if keys may have it at all).</summary>
public sealed record Permission(string Name, IReadOnlyList<string> Roles, string? Scope, string Description);

/// <summary>
/// Every endpoint requires exactly one of these (or is on the anonymous allow-list: health, sign-in,
/// the OpenAPI document and Swagger UI). Role-level denials answer 403; records outside a caller's own
/// scope (another Member's restricted data) answer 404, so that their existence is not revealed.
/// </summary>
public static class Permissions
{
    public static readonly Permission SignedIn = new("signed-in", Security.Roles.All, null,
        "Any signed-in user: its own account.");
    public static readonly Permission ReferenceDataRead = new("reference-data:read", Security.Roles.All, Scopes.ReferenceDataRead,
        "Read regions, sub-regions and Member administrations.");
    public static readonly Permission ReferenceDataWrite = new("reference-data:write", [Security.Roles.Administrator], Scopes.ReferenceDataWrite,
        "Create, change and delete reference data, and import it.");
    public static readonly Permission FocalPointsRead = new("focal-points:read",
        [Security.Roles.Administrator, Security.Roles.Staff, Security.Roles.MemberFocalPoint], null,
        "See who the focal points of a Member are (personal data; a focal point sees only its own administration's).");
    public static readonly Permission UsersManage = new("users:manage", [Security.Roles.Administrator], null,
        "Create, change and disable users and their roles.");
    public static readonly Permission ApiKeysManage = new("api-keys:manage", [Security.Roles.Administrator], null,
        "Create and revoke API keys.");
    public static readonly Permission AuditRead = new("audit:read", [Security.Roles.Administrator], null,
        "Search the audit log.");

    public static readonly Permission PlansRead = new("plans:read", Security.Roles.All, Scopes.PlansRead,
        "Read plans, KPIs, progress and approved milestone statuses.");
    public static readonly Permission PlansWrite = new("plans:write", [Security.Roles.Administrator, Security.Roles.Staff], Scopes.PlansWrite,
        "Import, change and export plans; report KPI values.");
    public static readonly Permission MilestonesSubmit = new("milestones:submit",
        [Security.Roles.Administrator, Security.Roles.Staff, Security.Roles.MemberFocalPoint], null,
        "Draft and submit milestone status updates (a focal point for its own Member only).");
    public static readonly Permission MilestonesReview = new("milestones:review", [Security.Roles.Administrator, Security.Roles.Staff], null,
        "Approve, return and reopen milestone status updates, and import statuses.");

    public static readonly Permission ActivitiesRead = new("activities:read", Security.Roles.All, Scopes.ActivitiesRead,
        "Read activities, participant counts, evaluations and the calendar.");
    public static readonly Permission ActivitiesWrite = new("activities:write", [Security.Roles.Administrator, Security.Roles.Staff], Scopes.ActivitiesWrite,
        "Record, change and import activities, their participants and evaluations.");
    public static readonly Permission ParticipantsRead = new("participants:read",
        [Security.Roles.Administrator, Security.Roles.Staff, Security.Roles.MemberFocalPoint], null,
        "See participants by name (personal data; a focal point sees only its own administration's).");
    public static readonly Permission SurveysRead = new("surveys:read", Security.Roles.All, Scopes.SurveysRead,
        "Read follow-up survey rounds, what is due and their analysis.");
    public static readonly Permission SurveysReply = new("surveys:reply",
        [Security.Roles.Administrator, Security.Roles.Staff, Security.Roles.MemberFocalPoint], null,
        "Read and record follow-up survey replies (a focal point for its own administration only).");
    public static readonly Permission SurveysManage = new("surveys:manage", [Security.Roles.Administrator, Security.Roles.Staff], null,
        "Open survey rounds, record what was sent, reminded and fed back, and import rounds.");

    public static readonly Permission ExpertsRead = new("experts:read",
        [Security.Roles.Administrator, Security.Roles.Staff, Security.Roles.Expert], null,
        "Read the expert roster, profiles (personal data), accreditations, availability and deployments (an expert only its own).");
    public static readonly Permission ExpertsProfile = new("experts:profile",
        [Security.Roles.Administrator, Security.Roles.Staff, Security.Roles.Expert], null,
        "Maintain an expert's profile and unavailability (an expert only its own).");
    public static readonly Permission ExpertsWrite = new("experts:write", [Security.Roles.Administrator, Security.Roles.Staff], null,
        "Add experts to the roster and record their accreditations.");
    public static readonly Permission DeploymentsManage = new("deployments:manage", [Security.Roles.Administrator, Security.Roles.Staff], null,
        "Record expert requests and donor release requests, see matches, and move deployments through their workflow.");
    public static readonly Permission DeploymentsAnswer = new("deployments:answer",
        [Security.Roles.Administrator, Security.Roles.Staff, Security.Roles.Expert], null,
        "Accept or decline an invitation to a deployment (an expert only its own).");
    public static readonly Permission MatchingConfigure = new("matching:configure", [Security.Roles.Administrator], null,
        "Change the weights and the workload cap of expert matching.");

    public static readonly Permission NeedsAnalyse = new("needs:analyse",
        [Security.Roles.Administrator, Security.Roles.Staff, Security.Roles.Viewer], null,
        "Read the needs analysis of a cycle, the draft annual work plan and their exports (not focal points: the analysis compares Members).");
    public static readonly Permission NeedsPlan = new("needs:plan", [Security.Roles.Administrator, Security.Roles.Staff], null,
        "Generate, edit and adopt the draft annual work plan of a needs cycle (adopting creates planned activities).");
    public static readonly Permission NeedsConfigure = new("needs:configure", [Security.Roles.Administrator], null,
        "Change the needs analysis settings (sub-regional workshop threshold, high need level, supply shortage ratio).");
    public static readonly Permission NeedsRead = new("needs:read",
        [Security.Roles.Administrator, Security.Roles.Staff, Security.Roles.Viewer, Security.Roles.MemberFocalPoint], null,
        "Read needs survey cycles, their questionnaires and responses (a focal point: the cycles its Member is asked in, its own response).");
    public static readonly Permission NeedsRespond = new("needs:respond",
        [Security.Roles.Administrator, Security.Roles.Staff, Security.Roles.MemberFocalPoint], null,
        "Answer a needs survey (a focal point for its own Member only; Staff on a Member's behalf, marked as such).");
    public static readonly Permission NeedsManage = new("needs:manage", [Security.Roles.Administrator, Security.Roles.Staff], null,
        "Run needs survey cycles: create or copy them, edit the questionnaire, open and close, track, remind, upload responses.");

    public static readonly IReadOnlyList<Permission> All =
    [
        SignedIn, ReferenceDataRead, ReferenceDataWrite, FocalPointsRead, UsersManage, ApiKeysManage, AuditRead,
        PlansRead, PlansWrite, MilestonesSubmit, MilestonesReview,
        ActivitiesRead, ActivitiesWrite, ParticipantsRead, SurveysRead, SurveysReply, SurveysManage,
        ExpertsRead, ExpertsProfile, ExpertsWrite, DeploymentsManage, DeploymentsAnswer, MatchingConfigure,
        NeedsAnalyse, NeedsPlan, NeedsConfigure,
        NeedsRead, NeedsRespond, NeedsManage,
    ];
}

/// <summary>Scopes an API key can be given. Read scopes per area; write scopes only where granted.</summary>
public static class Scopes
{
    public const string ReferenceDataRead = "reference-data:read";
    public const string ReferenceDataWrite = "reference-data:write";
    public const string PlansRead = "plans:read";
    public const string PlansWrite = "plans:write";
    public const string ActivitiesRead = "activities:read";
    public const string ActivitiesWrite = "activities:write";
    public const string SurveysRead = "surveys:read";

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [ReferenceDataRead] = "Read regions, sub-regions and Member administrations.",
        [ReferenceDataWrite] = "Create, change, delete and import reference data.",
        [PlansRead] = "Read plans, KPIs, progress and approved milestone statuses.",
        [PlansWrite] = "Import and export plans; report KPI values.",
        [ActivitiesRead] = "Read activities, participant counts, evaluations and the calendar.",
        [ActivitiesWrite] = "Record, change and import activities, their participant counts and evaluations.",
        [SurveysRead] = "Read follow-up survey rounds and their analysis.",
    };
}
