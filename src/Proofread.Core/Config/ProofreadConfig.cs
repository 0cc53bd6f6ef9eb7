using Proofread.Engine;
using Proofread.Findings;
using Proofread.Packs;
using YamlDotNet.RepresentationModel;

namespace Proofread.Config;

/// <summary>
/// A configuration file (<c>proofread.yaml</c>): which packs and rules run, with what applicability
/// and minimum confidence, and which further folders of packs to load. Unknown keys are errors
/// naming the file and line, never silently ignored.
/// </summary>
public sealed record ProofreadConfig(
    string? Path,
    IReadOnlyDictionary<string, bool> Packs,
    IReadOnlyDictionary<string, RuleSettings> Rules,
    IReadOnlyList<string> RuleFolders,
    IReadOnlyDictionary<string, int> Lines)
{
    public const string FileName = "proofread.yaml";

    private static readonly string[] TopKeys = ["packs", "rules", "rule-folders"];
    private static readonly string[] RuleKeys = ["enabled", "applicability", "min-confidence"];

    public static ProofreadConfig Empty { get; } = new(null, new Dictionary<string, bool>(), new Dictionary<string, RuleSettings>(), [], new Dictionary<string, int>());

    public bool PackEnabled(string pack) => !Packs.TryGetValue(pack, out bool on) || on;

    /// <summary>The error for a name in the file that no pack or rule has.</summary>
    public ProofreadException Unknown(string what, string name) =>
        new($"line {(Lines.TryGetValue(name, out int line) ? line : 1)}: unknown {what} '{name}' (see `proofread rules`)", Path);

    public static ProofreadConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProofreadException($"cannot read the configuration: {e.Message}", path, e);
        }

        return Parse(path, text);
    }

    public static ProofreadConfig Parse(string path, string text)
    {
        var yaml = new YamlNodes(path);
        var root = YamlNodes.LoadRoot(path, text);
        if (root is null || root is YamlScalarNode { Value: null or "" })
        {
            return Empty with { Path = path };
        }

        var top = yaml.Fields(yaml.Mapping(root, "the configuration"), "the configuration", TopKeys, []);
        var packs = new Dictionary<string, bool>(StringComparer.Ordinal);
        var rules = new Dictionary<string, RuleSettings>(StringComparer.Ordinal);
        var folders = new List<string>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (top.TryGetValue("packs", out var packsNode) && packsNode is not YamlScalarNode { Value: null or "" })
        {
            foreach (var (key, value) in yaml.Mapping(packsNode, "packs").Children)
            {
                string name = yaml.Scalar(key, "a pack name");
                packs[name] = yaml.Boolean(value, $"packs.{name}");
                lines[name] = (int)key.Start.Line;
            }
        }

        if (top.TryGetValue("rules", out var rulesNode) && rulesNode is not YamlScalarNode { Value: null or "" })
        {
            foreach (var (key, value) in yaml.Mapping(rulesNode, "rules").Children)
            {
                string id = yaml.Scalar(key, "a rule id");
                lines[id] = (int)key.Start.Line;
                if (value is YamlScalarNode)
                {
                    rules[id] = new RuleSettings(Enabled: yaml.Boolean(value, $"rules.{id}"));
                    continue;
                }

                var f = yaml.Fields(yaml.Mapping(value, $"rules.{id}"), $"rules.{id}", RuleKeys, []);
                var settings = RuleSettings.Default;
                if (f.TryGetValue("enabled", out var enabled))
                {
                    settings = settings with { Enabled = yaml.Boolean(enabled, $"rules.{id}.enabled") };
                }

                if (f.TryGetValue("applicability", out var a))
                {
                    string name = yaml.Scalar(a, "applicability");
                    settings = settings with
                    {
                        Applicability = name switch
                        {
                            "safe" => Applicability.Safe,
                            "review" => Applicability.Review,
                            "none" => Applicability.None,
                            _ => throw yaml.Error(a, $"unknown applicability '{name}' (expected safe, review or none)"),
                        },
                    };
                }

                if (f.TryGetValue("min-confidence", out var c))
                {
                    settings = settings with { MinConfidence = yaml.Number(c, $"rules.{id}.min-confidence", 0, 1) };
                }

                rules[id] = settings;
            }
        }

        if (top.TryGetValue("rule-folders", out var foldersNode) && foldersNode is not YamlScalarNode { Value: null or "" })
        {
            string baseDir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
            foreach (var item in yaml.Sequence(foldersNode, "rule-folders").Children)
            {
                folders.Add(System.IO.Path.GetFullPath(System.IO.Path.Combine(baseDir, yaml.Scalar(item, "a folder"))));
            }
        }

        return new ProofreadConfig(path, packs, rules, folders, lines);
    }

    /// <summary>What <c>proofread init</c> writes: every key, commented.</summary>
    public const string DefaultText =
        """
        # proofread.yaml: configuration for Proofread (read from the working folder, or --config FILE).
        # Unknown keys are errors. `proofread rules` lists rule ids and packs.

        # Rule packs: the shipped ones (zh-newspaper, hengyang-daily) run unless turned off here.
        packs:
          zh-newspaper: on
          hengyang-daily: on

        # Further folders of *.yaml packs, relative to this file (like --rules DIR).
        rule-folders: []

        # Per rule: enabled (true/false), applicability (safe, review or none: replaces the rule's
        # own for findings with a fix), min-confidence (0 to 1: weaker findings are dropped).
        # A rule id alone with true/false turns it on or off.
        rules:
          learned-furniture:
            enabled: true
            # applicability: review
            min-confidence: 0.5
          # half-width-punctuation: off
        """;
}
