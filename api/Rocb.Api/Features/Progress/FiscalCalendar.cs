namespace Rocb.Api.Features.Progress;

/// <summary>The ROCB's fiscal year runs 1 July – 30 June: FY2019/20 is 1 Jul 2019 – 30 Jun 2020.</summary>
public readonly record struct FiscalYear(int StartYear)
{
    public DateOnly Start => new(StartYear, 7, 1);
    public DateOnly End => new(StartYear + 1, 6, 30);
    public string Label => $"FY{StartYear}/{(StartYear + 1) % 100:00}";

    public static FiscalYear Of(DateOnly date) => new(date.Month >= 7 ? date.Year : date.Year - 1);

    /// <summary>The fiscal quarter (1 = Jul–Sep … 4 = Apr–Jun) and its first and last day.</summary>
    public static (int Quarter, DateOnly Start, DateOnly End) QuarterOf(DateOnly date)
    {
        var quarter = ((date.Month + 5) % 12) / 3 + 1;
        var start = new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1);
        return (quarter, start, start.AddMonths(3).AddDays(-1));
    }

    /// <summary>The fiscal years a period touches, in order.</summary>
    public static IEnumerable<FiscalYear> Between(DateOnly from, DateOnly to)
    {
        for (var fy = Of(from); fy.Start <= to; fy = new FiscalYear(fy.StartYear + 1)) yield return fy;
    }
}
