using System.CommandLine;
using System.Text;
using Proofread.Store.Reports;
using Proofread.Text;

namespace Proofread.Cli.Commands;

/// <summary>
/// <c>proofread report [--db FILE] [--run ID] [--format md|html|csv|json] [--out FILE]</c>: what the
/// review store holds, per run, document and rule, with every change as a character diff.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliConsole console)
    {
        var store = new StoreOptions();
        var run = new Option<long?>("--run") { Description = "Report this run only (default: every run)" };
        var format = new Option<string>("--format")
        {
            Description = "md (default), html (one self-contained page), csv (counts) or json (see README)",
            DefaultValueFactory = _ => "md",
        }.AcceptOnlyFromAmong("md", "html", "csv", "json");
        var outFile = new Option<string?>("--out", "-o") { Description = "Write the report to this file (atomically) instead of standard output" };
        var command = new Command("report", "Report the runs, decisions and changes kept in the review store") { run, format, outFile };
        store.AddTo(command, withReviewer: false);
        command.SetAction(parse =>
        {
            CorrectionReport report;
            using (var database = store.OpenExisting(parse))
            {
                report = ReportBuilder.Build(database, parse.GetValue(run));
            }

            string text = ReportFormats.Render(report, ReportFormats.Parse(parse.GetValue(format)!));
            string? path = parse.GetValue(outFile);
            if (path is null)
            {
                console.Out.Write(text);
            }
            else
            {
                AtomicFile.WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
                console.Error.WriteLine($"Report of {report.Runs.Count} run(s) written to {path}.");
            }

            return CliApp.ExitOk;
        });
        return command;
    }
}
