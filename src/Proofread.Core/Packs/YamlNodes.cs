using YamlDotNet.RepresentationModel;

namespace Proofread.Packs;

/// <summary>
/// Reading a YAML mapping strictly, for pack and config files: every key must be known, required
/// keys must be there, and every error names the file and the line (YamlDotNet's marks).
/// </summary>
internal sealed class YamlNodes
{
    private readonly string _path;

    public YamlNodes(string path) => _path = path;

    public string Path => _path;

    public static YamlNode? LoadRoot(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new ProofreadException($"line {e.Start.Line}: not valid YAML: {Inner(e).Message}", path, e);
        }
        catch (InvalidOperationException e)
        {
            throw new ProofreadException($"line {LastGoodLine(text)}: not valid YAML (the structure breaks after this line)", path, e);
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    public ProofreadException Error(YamlNode node, string message) => new($"line {node.Start.Line}: {message}", _path);

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping (key: value lines)");

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"{what} must be a list (lines starting with '- ')");

    public string Scalar(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } v } ? v : throw Error(node, $"{what} must be a single value");

    /// <summary>The entries of a mapping, refusing keys not in <paramref name="known"/> and requiring those in <paramref name="required"/>.</summary>
    public Dictionary<string, YamlNode> Fields(YamlMappingNode mapping, string what, string[] known, string[] required)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            string key = Scalar(keyNode, "a key");
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                throw Error(keyNode, $"unknown key '{key}' in {what} (known: {string.Join(", ", known)})");
            }

            if (!fields.TryAdd(key, value))
            {
                throw Error(keyNode, $"'{key}' appears twice in {what}");
            }
        }

        foreach (string key in required)
        {
            if (!fields.ContainsKey(key))
            {
                throw Error(mapping, $"{what} has no '{key}'");
            }
        }

        return fields;
    }

    public double Number(YamlNode node, string what, double min, double max)
    {
        string s = Scalar(node, what);
        if (!double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v) || v < min || v > max)
        {
            throw Error(node, $"{what} must be a number from {min} to {max}, not '{s}'");
        }

        return v;
    }

    public bool Boolean(YamlNode node, string what)
    {
        string s = Scalar(node, what);
        return s switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw Error(node, $"{what} must be true or false, not '{s}'"),
        };
    }

    /// <summary>Where the YAML parser got to before it gave up, for errors it reports without a position.</summary>
    private static long LastGoodLine(string text)
    {
        var parser = new YamlDotNet.Core.Parser(new StringReader(text));
        long line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = parser.Current!.End.Line;
            }
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException)
        {
            if (e is YamlDotNet.Core.YamlException y)
            {
                line = y.Start.Line;
            }
        }

        return line;
    }

    private static Exception Inner(Exception e) => e.InnerException is YamlDotNet.Core.YamlException inner ? inner : e;
}
