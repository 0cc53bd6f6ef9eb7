using System.CommandLine;
using System.Text;
using Proofread.Corpus;
using Proofread.Engine;
using Proofread.Review;
using Proofread.Text;
using Proofread.Tui;

namespace Proofread.Cli.Commands;

/// <summary>
/// <c>proofread review PATH...</c>: the review workbench. A full-screen terminal UI walks the
/// proposed fixes as diffs; each decision is stored the moment it is made; on <c>w</c> and on
/// quitting the corrected files are written with exactly the accepted and edited fixes.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var outDir = new Option<string?>("--out") { Description = "Write the reviewed files into this folder (default: NAME.reviewed.txt beside each input)" };
        var inPlace = new Option<bool>("--in-place") { Description = "Rewrite the inputs (atomically, keeping NAME.orig backups)" };
        var rules = new RuleSelection();
        var store = new StoreOptions();
        var command = new Command("review", "Review the proposed fixes as diffs in the terminal: accept, reject or edit each") { paths, outDir, inPlace };
        store.AddTo(command);
        rules.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(outDir) is not null && result.GetValue(inPlace))
            {
                result.AddError("--out and --in-place exclude each other");
            }
        });
        command.SetAction(parse =>
        {
            var engine = rules.CreateEngine(parse, out var catalog);
            var (files, errors) = InputSet.Expand(parse.GetValue(paths)!);
            if (errors.Count > 0)
            {
                throw errors[0];
            }

            if (Console.IsInputRedirected || Console.IsOutputRedirected)
            {
                throw new ProofreadException("review is interactive and needs a terminal; use `check` or `fix` in scripts");
            }

            using var database = store.OpenForReview(parse, console.Clock);
            database.BeginRun(store.DescribeRun(parse, "review", engine, catalog));
            var inputs = ReviewInput.Load(files);
            var run = RunStatistics.Of(inputs.Select(i => new Document(i.Source)));
            var session = ReviewSession.Open(inputs, run, engine, database, store.Reviewer(parse), console.Clock);
            var writer = new ReviewedFileWriter(parse.GetValue(outDir), parse.GetValue(inPlace));
            string Write() => Describe(writer.Write(session.Documents));
            if (session.Items.Count == 0)
            {
                console.Error.WriteLine($"No fixes to review in {files.Count} file(s).");
                database.FinishRun();
                return CliApp.ExitOk;
            }

            ReviewApp.Run(session, Write);
            string summary = Write();
            database.FinishRun();
            console.Error.WriteLine(summary);
            console.Error.WriteLine($"accepted {session.Count(ReviewStatus.Accepted)}, edited {session.Count(ReviewStatus.Edited)}, rejected {session.Count(ReviewStatus.Rejected)}, pending {session.Count(ReviewStatus.Pending) + session.Count(ReviewStatus.Skipped)}; decisions are in {database.Path}");
            return CliApp.ExitOk;
        });
        return command;
    }

    private static string Describe(IReadOnlyList<WrittenFile> written)
    {
        if (written.Count == 0)
        {
            return "nothing accepted yet: no file written";
        }

        var sb = new StringBuilder($"wrote {written.Count} file(s): ");
        sb.Append(string.Join(", ", written.Select(w => $"{w.Path} ({w.Applied} fix(es))")));
        int notApplied = written.Sum(w => w.NotApplied.Count);
        if (notApplied > 0)
        {
            sb.Append($"; {notApplied} accepted fix(es) overlap another and were left out");
        }

        return sb.ToString();
    }
}
