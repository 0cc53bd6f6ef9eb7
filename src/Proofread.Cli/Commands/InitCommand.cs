using System.CommandLine;
using Proofread.Config;

namespace Proofread.Cli.Commands;

/// <summary><c>proofread init [--force]</c>: write a commented default <c>proofread.yaml</c> in the working folder.</summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var force = new Option<bool>("--force") { Description = "Overwrite an existing proofread.yaml" };
        var command = new Command("init", $"Write a commented default {ProofreadConfig.FileName} in the working folder") { force };
        command.SetAction(parse =>
        {
            string path = Path.GetFullPath(ProofreadConfig.FileName);
            if (File.Exists(path) && !parse.GetValue(force))
            {
                throw new ProofreadException("already exists; use --force to overwrite it", path);
            }

            Text.AtomicFile.WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(ProofreadConfig.DefaultText + "\n"));
            console.Out.WriteLine($"wrote {path}");
            return CliApp.ExitOk;
        });
        return command;
    }
}
