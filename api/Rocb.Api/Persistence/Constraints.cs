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
    public const string TopicCode = "ux_topics_code";
    public const string PlanCode = "ux_plans_code";
    public const string PlanPeriod = "ck_plans_period";
    public const string PillarNumber = "ux_pillars_plan_id_number";
    public const string ActionCode = "ux_specific_actions_pillar_id_code";
    public const string MilestoneCode = "ux_milestones_plan_id_code";
    public const string KpiCode = "ux_kpis_action_id_code";
    public const string KpiDenominator = "ck_kpis_denominator_positive";
    public const string NotApplicableReason = "ck_milestone_status_records_not_applicable_reason";
    public const string ActivityDates = "ck_activities_dates";
    public const string ActivityReference = "ux_activities_reference";
    public const string ParticipantCountsNotNegative = "ck_participant_counts_not_negative";
    public const string ParticipantCountMember = "ux_participant_counts_activity_id_member_id";
    public const string EvaluationScore = "ck_evaluation_responses_overall";
    public const string EvaluationSummary = "ck_evaluation_summaries_mean";
    public const string SurveyRoundCode = "ux_survey_rounds_code";
    public const string SurveyWorkshopActivity = "ux_survey_workshops_round_id_activity_id";
    public const string SurveyReplyMember = "ux_survey_replies_workshop_id_member_id";
    public const string SurveyReplyRespondent = "ck_survey_replies_respondent";
    public const string ExpertHome = "ck_experts_home_administration";
    public const string ExpertMember = "fk_experts_members_member_id";
    public const string ExpertTopicLevel = "ck_expert_topics_level";
    public const string AccreditationDates = "ck_accreditations_dates";
    public const string UnavailabilityDates = "ck_unavailability_dates";
    public const string ExpertRequestDates = "ck_expert_requests_dates";
    public const string ExpertRequestCount = "ck_expert_requests_experts_needed";
    public const string DonorRequestAdministration = "ck_donor_requests_administration";
    public const string DonorRequestAnswer = "ck_donor_requests_answered_after_sent";
    public const string DonorRequestDeployment = "ux_donor_requests_deployment_id";
    public const string DeploymentDates = "ck_deployments_dates";
    public const string DeploymentAppraisals = "ck_deployments_appraisals";
    public const string MatchingWeights = "ck_matching_settings_weights";
    public const string NeedsAnalysisSettingsRanges = "ck_needs_analysis_settings_ranges";
    public const string WorkPlanDraftCycle = "ux_work_plan_drafts_cycle_id";
    public const string WorkPlanDraftAdopted = "ck_work_plan_drafts_adopted";
    public const string WorkPlanItemQuarter = "ck_work_plan_items_quarter";
    public const string WorkPlanItemExperts = "ck_work_plan_items_experts_needed";
    public const string NeedsCycleName = "ux_needs_cycles_name";
    public const string NeedsCycleDates = "ck_needs_cycles_dates";
    public const string NeedsQuestionKind = "ck_needs_questions_kind_topic";
    public const string NeedsQuestionTopic = "ux_needs_questions_cycle_id_topic_id";
    public const string NeedsResponseMember = "ux_needs_responses_cycle_id_member_id";
    public const string NeedsResponseCycleMember = "fk_needs_responses_needs_cycle_members_cycle_id_member_id";
    public const string NeedsResponsePriorities = "ck_needs_responses_priorities";
    public const string NeedsAnswerNeedLevel = "ck_needs_answers_need_level";
    public const string NeedsAnswerQuarter = "ck_needs_answers_preferred_quarter";
    /// <summary>No two confirmed (or completed) deployments of one expert overlap: a PostgreSQL exclusion constraint (0005_experts.sql),
    /// which EF Core cannot declare; MigrationTests adds <see cref="DeploymentOverlapSql"/> to the model's schema before comparing.</summary>
    public const string DeploymentOverlap = "ex_deployments_expert_confirmed_overlap";
    public const string DeploymentOverlapSql =
        "ALTER TABLE deployments ADD CONSTRAINT ex_deployments_expert_confirmed_overlap EXCLUDE USING gist " +
        "(expert_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&) WHERE (status IN ('Confirmed', 'Completed'));";

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
            [PlanCode] = ("code", "Another plan already has this code."),
            [PlanPeriod] = ("endsOn", "The plan must end after it starts."),
            [PillarNumber] = ("pillars", "Two pillars of the plan have the same number."),
            [ActionCode] = ("actions", "Two specific actions of a pillar have the same code."),
            [MilestoneCode] = ("milestones", "Two milestones of the plan have the same code."),
            [KpiCode] = ("kpis", "Two KPIs of an action have the same code."),
            [KpiDenominator] = ("target.denominator", "The denominator must be positive."),
            [NotApplicableReason] = ("notApplicableReason", "Say why the milestone does not apply."),
            [ActivityDates] = ("endsOn", "The activity must not end before it starts."),
            [ActivityReference] = ("reference", "Another activity already has this reference."),
            [ParticipantCountsNotNegative] = ("counts", "Counts must not be negative."),
            [ParticipantCountMember] = ("counts", "There is already a count for this Member in this activity."),
            [EvaluationScore] = ("overall", "Scores are on a 1-5 scale."),
            [EvaluationSummary] = ("mean", "The mean is on a 1-5 scale and needs at least one response."),
            [SurveyRoundCode] = ("code", "Another survey round already has this code."),
            [SurveyWorkshopActivity] = ("workshops", "The workshop is already in this round."),
            [SurveyReplyMember] = ("memberId", "This administration has already replied about this workshop: change that reply instead."),
            [SurveyReplyRespondent] = ("memberId", "Say which administration replied."),
            [ExpertHome] = ("memberId", "A Member expert needs its Member, an expert from outside the region the name of its administration."),
            [ExpertMember] = ("memberId", "Experts belong to this Member administration: move them first."),
            [ExpertTopicLevel] = ("topics", "Levels are 1 (working knowledge), 2 (experienced) or 3 (specialist)."),
            [AccreditationDates] = ("validUntil", "The accreditation must not end before it starts."),
            [UnavailabilityDates] = ("endsOn", "The period must not end before it starts."),
            [ExpertRequestDates] = ("endsOn", "The mission must not end before it starts."),
            [ExpertRequestCount] = ("expertsNeeded", "Between 1 and 50 experts."),
            [DonorRequestAdministration] = ("memberId", "Say which administration was asked."),
            [DonorRequestAnswer] = ("answeredOn", "The answer cannot come before the request was sent."),
            [DonorRequestDeployment] = ("deploymentId", "Another donor request already released the expert for this deployment."),
            [DeploymentDates] = ("endsOn", "The deployment must not end before it starts."),
            [DeploymentAppraisals] = ("hostAppraisal", "Appraisals are on a 1-5 scale."),
            [MatchingWeights] = ("weights", "Weights are 0 to 100 and the workload cap 1 to 100."),
            [NeedsAnalysisSettingsRanges] = ("subRegionalWorkshopThreshold", "A setting is outside its range."),
            [WorkPlanDraftCycle] = ("cycleId", "This cycle already has a draft work plan."),
            [WorkPlanItemQuarter] = ("quarter", "The quarter is 1 (Jul-Sep) to 4 (Apr-Jun)."),
            [WorkPlanItemExperts] = ("expertsNeeded", "Experts needed is 0 to 50."),
            [DeploymentOverlap] = ("startsOn", "The expert already has a confirmed deployment on these dates."),
            [NeedsCycleName] = ("name", "Another needs survey cycle already has this name."),
            [NeedsCycleDates] = ("closesOn", "The cycle must not close before it opens."),
            [NeedsQuestionKind] = ("questions", "A topic question needs its topic; a custom question has none."),
            [NeedsQuestionTopic] = ("topicIds", "A topic is in the questionnaire twice."),
            [NeedsResponseMember] = ("memberId", "This Member already has a response in this cycle."),
            [NeedsResponseCycleMember] = ("memberIds", "A Member that has answered cannot be taken out of the cycle."),
            [NeedsResponsePriorities] = ("priorityTopicIds", "At most three priorities."),
            [NeedsAnswerNeedLevel] = ("needLevel", "The need level is 0 (none) to 3 (high)."),
            [NeedsAnswerQuarter] = ("preferredQuarter", "The preferred quarter is 1 to 4."),
            [UserMember] = ("memberId", "Users are bound to this Member administration as its focal points: unbind or disable them first."),
        };
}
