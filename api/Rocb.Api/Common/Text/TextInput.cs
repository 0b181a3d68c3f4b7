namespace Rocb.Api.Common.Text;

/// <summary>How free text from callers is stored and searched, the same everywhere.</summary>
public static class TextInput
{
    /// <summary>Null for a missing or blank text, otherwise the text without surrounding spaces.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>An ILIKE pattern that finds the (trimmed) text anywhere, with \, % and _ taken literally.</summary>
    public static string ContainsPattern(string text) =>
        $"%{text.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_")}%";
}
