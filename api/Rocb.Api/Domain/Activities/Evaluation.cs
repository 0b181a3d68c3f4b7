namespace Rocb.Api.Domain.Activities;

/// <summary>One participant's evaluation form: an overall score and optional item scores, all on a 1-5 scale.</summary>
public sealed class EvaluationResponse
{
    public long Id { get; set; }
    public long ActivityId { get; set; }
    public int Overall { get; set; }
    public List<EvaluationItemScore> Items { get; set; } = [];
    public string? Comment { get; set; }
}

public sealed class EvaluationItemScore
{
    public string Item { get; set; } = "";
    public int Score { get; set; }
}

/// <summary>When only the summary is known (e.g. from a report): the mean overall score and how many answered.</summary>
public sealed class EvaluationSummary
{
    public long ActivityId { get; set; }
    public decimal Mean { get; set; }
    public int Responses { get; set; }
    public string? Source { get; set; }
}
