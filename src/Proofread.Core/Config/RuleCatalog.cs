using Proofread.Engine;
using Proofread.Packs;
using Proofread.Rules;

namespace Proofread.Config;

/// <summary>
/// The rules a run may use: the built-in rules, the shipped packs, the packs of the configuration's
/// folders and of <c>--rules DIR</c>, with the configuration's settings. Every pack is loaded and
/// validated here, before any page is read.
/// </summary>
public sealed class RuleCatalog
{
    private RuleCatalog(IReadOnlyList<IRule> rules, IReadOnlyList<RulePack> packs, ProofreadConfig config)
    {
        Rules = rules;
        Packs = packs;
        Config = config;
    }

    /// <summary>Every rule, enabled or not (pack rules of packs the configuration turned off are left out).</summary>
    public IReadOnlyList<IRule> Rules { get; }

    public IReadOnlyList<RulePack> Packs { get; }

    public ProofreadConfig Config { get; }

    public static RuleCatalog Create(ProofreadConfig? config = null, IEnumerable<string>? ruleFolders = null, bool shippedPacks = true)
    {
        config ??= ProofreadConfig.Empty;
        var packs = new List<RulePack>();
        if (shippedPacks)
        {
            packs.AddRange(ShippedPacks.Packs);
        }

        foreach (string folder in config.RuleFolders.Concat(ruleFolders ?? []))
        {
            packs.AddRange(RulePackLoader.LoadFolder(folder));
        }

        var clash = packs.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new ProofreadException($"two rule packs are named '{clash.Key}' ({string.Join(", ", clash.Select(p => p.Path))})", clash.Last().Path);
        }

        foreach (string name in config.Packs.Keys)
        {
            if (!packs.Any(p => p.Name == name))
            {
                throw config.Unknown("pack", name);
            }
        }

        var rules = new List<IRule>(BuiltInRules.Rules);
        var ids = rules.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            foreach (var rule in pack.Rules)
            {
                if (!ids.Add(rule.Descriptor.Id))
                {
                    throw new ProofreadException($"the rule id '{rule.Descriptor.Id}' is taken by another rule; pack rules need ids of their own", pack.Path);
                }

                if (config.PackEnabled(pack.Name))
                {
                    rules.Add(rule);
                }
            }
        }

        foreach (string id in config.Rules.Keys)
        {
            if (!ids.Contains(id))
            {
                throw config.Unknown("rule", id);
            }
        }

        return new RuleCatalog(rules, packs, config);
    }

    /// <summary>An engine with the configured settings; <paramref name="only"/> (when given) restricts it to those ids.</summary>
    public RuleEngine CreateEngine(IReadOnlyCollection<string>? only = null)
    {
        var selected = Rules;
        if (only is { Count: > 0 })
        {
            var unknown = only.FirstOrDefault(id => !Rules.Any(r => r.Descriptor.Id == id));
            if (unknown is not null)
            {
                throw new ProofreadException($"unknown rule '{unknown}' (see `proofread rules`)");
            }

            selected = Rules.Where(r => only.Contains(r.Descriptor.Id)).ToArray();
        }

        return new RuleEngine(selected, Config.Rules);
    }
}
