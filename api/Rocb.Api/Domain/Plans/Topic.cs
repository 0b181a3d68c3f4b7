namespace Rocb.Api.Domain.Plans;

/// <summary>A WCO instrument or theme (RKC, TFA, risk management, integrity…): what milestones, needs and expertise are about.</summary>
public sealed class Topic
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>economic-competitiveness, revenue, compliance-enforcement, organizational-development or other.</summary>
    public string Package { get; set; } = "";
    public string? Source { get; set; }
}
