using System.Diagnostics;

namespace Rocb.Api.Persistence.Synthetic;

/// <summary>Times an action the way every benchmark here reports it: warm-up runs first, then p50 and p95 in milliseconds.</summary>
public static class Stopwatches
{
    public static async Task<(double P50, double P95)> TimeAsync(Func<Task> action, int runs, int warmUp = 3)
    {
        for (var i = 0; i < warmUp; i++) await action();
        var samples = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action();
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        samples.Sort();
        return (Percentile(samples, 0.5), Percentile(samples, 0.95));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
