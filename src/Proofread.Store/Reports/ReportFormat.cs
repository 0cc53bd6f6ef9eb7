namespace Proofread.Store.Reports;

/// <summary>The formats <c>proofread report</c> writes.</summary>
public enum ReportFormat
{
    Markdown,
    Html,
    Csv,
    Json,
}

public static class ReportFormats
{
    public static ReportFormat Parse(string name) => name switch
    {
        "md" => ReportFormat.Markdown,
        "html" => ReportFormat.Html,
        "csv" => ReportFormat.Csv,
        "json" => ReportFormat.Json,
        _ => throw new ProofreadException($"unknown report format '{name}' (expected md, html, csv or json)"),
    };

    public static string Render(CorrectionReport report, ReportFormat format) => format switch
    {
        ReportFormat.Html => HtmlReportWriter.Write(report),
        ReportFormat.Csv => CsvReportWriter.Write(report),
        ReportFormat.Json => JsonReportWriter.Write(report),
        _ => MarkdownReportWriter.Write(report),
    };

    /// <summary>How a report shows a line break inside a change: visibly, since joining lines is what many fixes do.</summary>
    public static string ShowBreaks(string text) => text.Replace("\r\n", "⏎").Replace('\n', '⏎').Replace('\r', '⏎');

    /// <summary>A stored time (ISO 8601, UTC) to the second, for people: 2026-11-24 22:36:11 UTC.</summary>
    public static string ShortTime(string stored) =>
        DateTimeOffset.TryParse(stored, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " UTC"
            : stored;

    /// <summary>An acceptance rate as a percentage with one decimal, or a dash when nobody decided.</summary>
    public static string Percent(double? rate) =>
        rate is double r ? (r * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "–";
}
