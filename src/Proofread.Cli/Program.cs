using System.Text;

Console.OutputEncoding = new UTF8Encoding(false);
return Proofread.Cli.CliApp.Run(args, CliConsole.System);
