using System.Text.RegularExpressions;
using Proofread.Findings;
using Proofread.Rules;
using Proofread.Vocabulary;
using YamlDotNet.RepresentationModel;

namespace Proofread.Packs;

/// <summary>
/// Reads and validates rule pack files (YAML; the format is in docs/rule-packs.md). Any error (bad
/// YAML, an unknown or missing key, an invalid pattern, a duplicate id) is a
/// <see cref="ProofreadException"/> naming the file and the line, raised while loading, before any
/// page is read or written.
/// </summary>
public static class RulePackLoader
{
    private static readonly string[] PackKeys = ["pack", "description", "rules"];
    private static readonly string[] RuleKeys = ["id", "description", "kind", "pattern", "replacement", "applicability", "confidence", "examples"];
    private static readonly string[] ExampleKeys = ["before", "after", "keep", "flag"];
    private static readonly Regex KebabCase = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Every <c>*.yaml</c> and <c>*.yml</c> file of a folder, in name order.</summary>
    public static IReadOnlyList<RulePack> LoadFolder(string folder, bool shipped = false)
    {
        if (!Directory.Exists(folder))
        {
            throw new ProofreadException("no such rules folder", folder);
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return files.Select(f => Load(f, shipped)).ToArray();
    }

    public static RulePack Load(string path, bool shipped = false)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProofreadException($"cannot read the rule pack: {e.Message}", path, e);
        }

        return Parse(path, text, shipped);
    }

    public static RulePack Parse(string path, string text, bool shipped = false)
    {
        var yaml = new YamlNodes(path);
        var root = YamlNodes.LoadRoot(path, text) ?? throw new ProofreadException("line 1: the rule pack is empty", path);
        var fields = yaml.Fields(yaml.Mapping(root, "a rule pack"), "the rule pack", PackKeys, ["pack", "rules"]);
        string name = yaml.Scalar(fields["pack"], "pack");
        if (!KebabCase.IsMatch(name))
        {
            throw yaml.Error(fields["pack"], $"the pack name '{name}' must be kebab-case (like zh-newspaper)");
        }

        string description = fields.TryGetValue("description", out var d) ? yaml.Scalar(d, "description") : "";
        var rules = new List<IRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in yaml.Sequence(fields["rules"], "rules").Children)
        {
            var definition = ParseRule(yaml, name, node);
            if (!ids.Add(definition.Id))
            {
                throw yaml.Error(node, $"two rules share the id '{definition.Id}'");
            }

            rules.Add(Create(definition));
        }

        return new RulePack(name, path, description, rules, shipped);
    }

    public static IRule Create(PackRuleDefinition definition) => definition.Kind switch
    {
        PackRuleKind.LineFurniture or PackRuleKind.BlockFurniture => new FurniturePackRule(definition),
        PackRuleKind.Replace => new ReplacePackRule(definition),
        _ => new ProtectedPhrasePackRule(definition),
    };

    private static PackRuleDefinition ParseRule(YamlNodes yaml, string pack, YamlNode node)
    {
        var mapping = yaml.Mapping(node, "a rule");
        var f = yaml.Fields(mapping, "a rule", RuleKeys, ["id", "description", "kind", "pattern"]);
        string id = yaml.Scalar(f["id"], "id");
        if (!KebabCase.IsMatch(id))
        {
            throw yaml.Error(f["id"], $"the rule id '{id}' must be kebab-case (like zh-jump-line)");
        }

        string what = $"rule '{id}'";
        string kindName = yaml.Scalar(f["kind"], "kind");
        var kind = PackRuleKindNames.Parse(kindName)
            ?? throw yaml.Error(f["kind"], $"unknown kind '{kindName}' in {what} (expected line-furniture, block-furniture, replace or protect)");

        string? replacement = f.TryGetValue("replacement", out var r) ? yaml.Scalar(r, "replacement") : null;
        if (kind == PackRuleKind.Replace && replacement is null)
        {
            throw yaml.Error(mapping, $"{what} is a replace rule and has no 'replacement' (use \"\" to delete)");
        }

        if (kind != PackRuleKind.Replace && replacement is not null)
        {
            throw yaml.Error(r!, $"{what}: only replace rules have a 'replacement'");
        }

        Applicability applicability = Applicability.None;
        double confidence = 1;
        if (kind != PackRuleKind.Protect)
        {
            foreach (string key in new[] { "applicability", "confidence", "examples" })
            {
                if (!f.ContainsKey(key))
                {
                    throw yaml.Error(mapping, $"{what} has no '{key}'");
                }
            }

            string a = yaml.Scalar(f["applicability"], "applicability");
            applicability = a switch
            {
                "safe" => Applicability.Safe,
                "review" => Applicability.Review,
                "none" => Applicability.None,
                _ => throw yaml.Error(f["applicability"], $"unknown applicability '{a}' in {what} (expected safe, review or none)"),
            };
            confidence = yaml.Number(f["confidence"], "confidence", 0, 1);
        }

        var patternNode = f["pattern"];
        string patternText = yaml.Scalar(patternNode, "pattern");
        if (!PatternFragments.TryExpand(patternText, out string expanded, out string? unknown))
        {
            throw yaml.Error(patternNode, $"the pattern of {what} names no known fragment: {{{{{unknown}}}}} (known: {string.Join(", ", PatternFragments.All.Keys)})");
        }

        var pattern = Compile(yaml, patternNode, expanded, kind, what);
        var examples = f.TryGetValue("examples", out var e) ? ParseExamples(yaml, e, what) : [];
        if (kind != PackRuleKind.Protect)
        {
            bool positive = examples.Any(x => x.Kind is RuleExampleKind.Fix or RuleExampleKind.Flag);
            bool negative = examples.Any(x => x.Kind == RuleExampleKind.Keep);
            if (!positive || !negative)
            {
                throw yaml.Error(f["examples"], $"{what} needs at least one before/after (or flag) example and one keep example");
            }
        }

        string location = $"{yaml.Path}:{mapping.Start.Line}";
        return new PackRuleDefinition(pack, location, id, yaml.Scalar(f["description"], "description"), kind, patternText, pattern, replacement, applicability, confidence, examples);
    }

    private static Regex Compile(YamlNodes yaml, YamlNode node, string pattern, PackRuleKind kind, string what)
    {
        if (pattern.Length == 0)
        {
            throw yaml.Error(node, $"{what} has an empty pattern");
        }

        // A line-furniture pattern is matched against one trimmed line and must cover all of it.
        string source = kind == PackRuleKind.LineFurniture ? $"^(?:{pattern})$" : pattern;
        var options = RegexOptions.Compiled | RegexOptions.CultureInvariant | (kind == PackRuleKind.LineFurniture ? RegexOptions.None : RegexOptions.Multiline);
        try
        {
            var regex = new Regex(source, options, PackRuleDefinition.MatchTimeout);
            if (regex.IsMatch(string.Empty))
            {
                throw yaml.Error(node, $"the pattern of {what} matches empty text; it would match everywhere");
            }

            return regex;
        }
        catch (ArgumentException e)
        {
            throw yaml.Error(node, $"invalid pattern in {what}: {e.Message}");
        }
    }

    private static List<RuleExample> ParseExamples(YamlNodes yaml, YamlNode node, string what)
    {
        var examples = new List<RuleExample>();
        foreach (var item in yaml.Sequence(node, $"the examples of {what}").Children)
        {
            var f = yaml.Fields(yaml.Mapping(item, "an example"), $"an example of {what}", ExampleKeys, []);
            if (f.ContainsKey("before") != f.ContainsKey("after") || f.Count == 0
                || (f.ContainsKey("before") ? f.Count != 2 : f.Count != 1))
            {
                throw yaml.Error(item, $"an example of {what} is either before + after, keep, or flag");
            }

            if (f.TryGetValue("before", out var before))
            {
                examples.Add(RuleExample.Fix(yaml.Scalar(before, "before"), yaml.Scalar(f["after"], "after")));
            }
            else if (f.TryGetValue("keep", out var keep))
            {
                examples.Add(RuleExample.Keep(yaml.Scalar(keep, "keep")));
            }
            else
            {
                examples.Add(RuleExample.Flag(yaml.Scalar(f["flag"], "flag")));
            }
        }

        return examples;
    }
}
