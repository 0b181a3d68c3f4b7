using Rocb.Api.Common.Security;

namespace Rocb.Api.Tests.Security;

/// <summary>
/// The declared rule for every operation in openapi.yaml: which callers may call it. Written out by hand,
/// independently of the API's own Permissions, so that a change to either shows up as a failing test.
/// </summary>
public static class AuthorizationMatrix
{
    public const string Anonymous = "Anonymous";
    /// <summary>An API key with reference-data:read only.</summary>
    public const string ReadKey = "ReadKey";
    /// <summary>An API key with reference-data:read and reference-data:write.</summary>
    public const string WriteKey = "WriteKey";

    public static readonly string[] Principals =
        [Anonymous, Roles.Administrator, Roles.Staff, Roles.MemberFocalPoint, Roles.Expert, Roles.Viewer, ReadKey, WriteKey];

    private static readonly string[] Everyone = Principals;
    private static readonly string[] AllUsers = [Roles.Administrator, Roles.Staff, Roles.MemberFocalPoint, Roles.Expert, Roles.Viewer];
    private static readonly string[] ReferenceRead = [.. AllUsers, ReadKey, WriteKey];
    private static readonly string[] ReferenceWrite = [Roles.Administrator, WriteKey];
    private static readonly string[] AdminOnly = [Roles.Administrator];
    private static readonly string[] AdminAndStaff = [Roles.Administrator, Roles.Staff];
    private static readonly string[] Reporters = [Roles.Administrator, Roles.Staff, Roles.MemberFocalPoint];
    private static readonly string[] ExpertAndStaff = [Roles.Administrator, Roles.Staff, Roles.Expert];
    // The needs analysis compares Members: Staff, Administrators and Viewers, never a focal point (needs:analyse).
    private static readonly string[] NeedsAnalysts = [Roles.Administrator, Roles.Staff, Roles.Viewer];
    private static readonly string[] NeedsReaders = [Roles.Administrator, Roles.Staff, Roles.Viewer, Roles.MemberFocalPoint];

    /// <summary>The only operations anyone may call without signing in.</summary>
    public static readonly string[] AnonymousAllowList = ["signIn", "refreshSession"];

    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["signIn"] = Everyone,
        ["refreshSession"] = Everyone,
        ["signOut"] = AllUsers,
        ["getCurrentUser"] = AllUsers,
        ["changePassword"] = AllUsers,

        ["listRegions"] = ReferenceRead,
        ["listTopics"] = ReferenceRead,
        ["listSubRegions"] = ReferenceRead,
        ["getSubRegion"] = ReferenceRead,
        ["createSubRegion"] = ReferenceWrite,
        ["updateSubRegion"] = ReferenceWrite,
        ["deleteSubRegion"] = ReferenceWrite,
        ["listMembers"] = ReferenceRead,
        ["getMember"] = ReferenceRead,
        ["createMember"] = ReferenceWrite,
        ["updateMember"] = ReferenceWrite,
        ["deleteMember"] = ReferenceWrite,
        ["importReferenceData"] = ReferenceWrite,
        // Personal data: Staff, Administrators and (row level) the Member's own focal points.
        ["listMemberFocalPoints"] = [Roles.Administrator, Roles.Staff, Roles.MemberFocalPoint],

        ["listPlans"] = AllUsers,
        ["getPlan"] = AllUsers,
        ["getPlanProgress"] = AllUsers,
        ["getCoverageMatrix"] = AllUsers,
        ["getExpertDeploymentsByOrigin"] = AllUsers,
        ["getKpiProgress"] = AllUsers,
        ["exportPlan"] = AdminAndStaff,
        ["importPlan"] = AdminAndStaff,
        ["exportPlanCsv"] = AdminAndStaff,
        ["importPlanCsv"] = AdminAndStaff,
        ["exportMilestoneStatusesCsv"] = AllUsers,
        ["reportKpiValue"] = AdminAndStaff,
        ["importMilestoneStatusesCsv"] = AdminAndStaff,
        ["listMilestoneStatuses"] = AllUsers,
        ["getMilestoneStatus"] = AllUsers,
        ["getMilestoneReviewQueue"] = Reporters,
        ["createMilestoneStatus"] = Reporters,
        ["updateMilestoneStatus"] = Reporters,
        ["submitMilestoneStatus"] = Reporters,
        ["reviewMilestoneStatus"] = AdminAndStaff,
        ["approveMilestoneStatuses"] = AdminAndStaff,
        ["reopenMilestoneStatus"] = AdminAndStaff,
        ["importMilestoneStatuses"] = AdminAndStaff,

        ["listActivities"] = AllUsers,
        ["getActivitiesCalendar"] = AllUsers,
        ["getActivity"] = AllUsers,
        // Everyone who reads activities gets the counts; Staff and Administrators the requests and deployments themselves.
        ["getActivityExperts"] = AllUsers,
        ["createActivity"] = AdminAndStaff,
        ["updateActivity"] = AdminAndStaff,
        ["deleteActivity"] = AdminAndStaff,
        ["importActivities"] = AdminAndStaff,
        ["getParticipation"] = AllUsers,
        ["setParticipantCounts"] = AdminAndStaff,
        // Personal data: Staff, Administrators and (row level) the Member's own focal points.
        ["listParticipants"] = Reporters,
        ["addParticipants"] = AdminAndStaff,
        ["uploadParticipantsCsv"] = AdminAndStaff,
        ["deleteParticipant"] = AdminAndStaff,
        ["getEvaluation"] = AllUsers,
        ["addEvaluationResponses"] = AdminAndStaff,
        ["setEvaluationSummary"] = AdminAndStaff,

        ["listSurveyRounds"] = AllUsers,
        ["getSurveyRound"] = AllUsers,
        ["listDueSurveyWork"] = AllUsers,
        ["getSurveyAnalysis"] = AllUsers,
        ["createSurveyRound"] = AdminAndStaff,
        ["addSurveyWorkshop"] = AdminAndStaff,
        ["removeSurveyWorkshop"] = AdminAndStaff,
        ["recordSurveyContact"] = AdminAndStaff,
        ["importSurveyRound"] = AdminAndStaff,
        // Row level: a focal point only for its own Member's replies.
        ["listSurveyReplies"] = Reporters,
        ["submitSurveyReply"] = Reporters,
        ["updateSurveyReply"] = Reporters,

        // Expert profiles are personal data: Staff, Administrators and (row level, others 404) the expert itself.
        ["listExperts"] = ExpertAndStaff,
        ["listExpertCandidates"] = ExpertAndStaff,
        ["getExpert"] = ExpertAndStaff,
        ["getExpertCalendar"] = ExpertAndStaff,
        ["listExpertDeployments"] = ExpertAndStaff,
        ["getDeployment"] = ExpertAndStaff,
        ["updateExpert"] = ExpertAndStaff,
        ["addUnavailability"] = ExpertAndStaff,
        ["deleteUnavailability"] = ExpertAndStaff,
        ["answerInvitation"] = ExpertAndStaff,
        ["createExpert"] = AdminAndStaff,
        ["deleteExpert"] = AdminAndStaff,
        ["addAccreditation"] = AdminAndStaff,
        ["changeAccreditationStatus"] = AdminAndStaff,
        ["listExpertRequests"] = AdminAndStaff,
        ["getExpertRequest"] = AdminAndStaff,
        ["createExpertRequest"] = AdminAndStaff,
        ["updateExpertRequest"] = AdminAndStaff,
        ["deleteExpertRequest"] = AdminAndStaff,
        ["getExpertRequestMatches"] = AdminAndStaff,
        ["listDonorRequests"] = AdminAndStaff,
        ["recordDonorRequest"] = AdminAndStaff,
        ["setDonorRequestOutcome"] = AdminAndStaff,
        ["getMatchingSettings"] = AdminAndStaff,
        ["updateMatchingSettings"] = AdminOnly,
        ["listDeployments"] = AdminAndStaff,
        ["listStuckDeployments"] = AdminAndStaff,
        ["proposeDeployment"] = AdminAndStaff,
        ["inviteExpert"] = AdminAndStaff,
        ["releaseExpert"] = AdminAndStaff,
        ["confirmDeployment"] = AdminAndStaff,
        ["completeDeployment"] = AdminAndStaff,
        ["recordDeploymentAppraisal"] = AdminAndStaff,
        ["cancelDeployment"] = AdminAndStaff,

        // Needs surveys. Row level: a focal point sees the cycles its Member is asked in and only its own Member's response.
        ["getNeedsAnalysis"] = NeedsAnalysts,
        ["exportNeedsAnalysis"] = NeedsAnalysts,
        ["getWorkPlanDraft"] = NeedsAnalysts,
        ["exportWorkPlanDraft"] = NeedsAnalysts,
        ["generateWorkPlanDraft"] = AdminAndStaff,
        ["addWorkPlanItem"] = AdminAndStaff,
        ["updateWorkPlanItem"] = AdminAndStaff,
        ["deleteWorkPlanItem"] = AdminAndStaff,
        ["adoptWorkPlanDraft"] = AdminAndStaff,
        ["getNeedsAnalysisSettings"] = AdminOnly,
        ["updateNeedsAnalysisSettings"] = AdminOnly,
        ["listNeedsCycles"] = NeedsReaders,
        ["getNeedsCycle"] = NeedsReaders,
        ["createNeedsCycle"] = AdminAndStaff,
        ["updateNeedsCycle"] = AdminAndStaff,
        ["replaceNeedsQuestions"] = AdminAndStaff,
        ["openNeedsCycle"] = AdminAndStaff,
        ["closeNeedsCycle"] = AdminAndStaff,
        ["getNeedsTracker"] = AdminAndStaff,
        ["recordNeedsReminders"] = AdminAndStaff,
        ["uploadNeedsResponses"] = AdminAndStaff,
        ["getNeedsUploadTemplate"] = AdminAndStaff,
        ["getNeedsResponse"] = NeedsReaders,
        ["listNeedsResponseRevisions"] = NeedsReaders,
        // Staff on a Member's behalf (marked enteredByStaff); a focal point for its own Member only (another Member 404).
        ["saveNeedsResponse"] = Reporters,
        ["submitNeedsResponse"] = Reporters,

        ["listUsers"] = AdminOnly,
        ["getUser"] = AdminOnly,
        ["createUser"] = AdminOnly,
        ["updateUser"] = AdminOnly,
        ["resetUserPassword"] = AdminOnly,
        ["listApiKeys"] = AdminOnly,
        ["listApiKeyScopes"] = AdminOnly,
        ["createApiKey"] = AdminOnly,
        ["revokeApiKey"] = AdminOnly,
        ["searchAuditEntries"] = AdminOnly,
        ["getRecordHistory"] = AdminOnly,
    };
}
