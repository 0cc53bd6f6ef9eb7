using Proofread.Config;
using Proofread.Findings;

namespace Proofread.Tests.Config;

public class ProofreadConfigTests
{
    [Fact]
    public void The_default_that_init_writes_parses_and_builds_a_catalog()
    {
        var config = ProofreadConfig.Parse("proofread.yaml", ProofreadConfig.DefaultText);
        Assert.True(config.PackEnabled("zh-newspaper"));
        Assert.True(config.Rules["learned-furniture"].Enabled);
        var catalog = RuleCatalog.Create(config);
        Assert.Contains(catalog.Rules, r => r.Descriptor.Id == "zh-jump-line");
    }

    [Fact]
    public void Unknown_keys_are_errors_naming_file_and_line()
    {
        var e = Assert.Throws<ProofreadException>(() => ProofreadConfig.Parse("p.yaml", "packs:\n  zh-newspaper: on\nrulez:\n  x: on\n"));
        Assert.Equal("p.yaml", e.Path);
        Assert.Contains("line 3", e.Message);
        Assert.Contains("unknown key 'rulez'", e.Message);

        e = Assert.Throws<ProofreadException>(() => ProofreadConfig.Parse("p.yaml", "rules:\n  zh-jump-line:\n    enable: false\n"));
        Assert.Contains("line 3", e.Message);

        e = Assert.Throws<ProofreadException>(() => RuleCatalog.Create(ProofreadConfig.Parse("p.yaml", "rules:\n  zh-jump-line: off\n  no-such-rule: off\n")));
        Assert.Contains("line 3", e.Message);
        Assert.Contains("no-such-rule", e.Message);

        e = Assert.Throws<ProofreadException>(() => RuleCatalog.Create(ProofreadConfig.Parse("p.yaml", "packs:\n  nowhere-daily: off\n")));
        Assert.Contains("line 2", e.Message);
    }

    [Fact]
    public void Packs_and_rules_turn_off_and_settings_apply()
    {
        var config = ProofreadConfig.Parse("p.yaml", "packs:\n  hengyang-daily: off\nrules:\n  zh-hotline:\n    applicability: review\n    min-confidence: 0.5\n  zh-website: false\n");
        var catalog = RuleCatalog.Create(config);
        Assert.DoesNotContain(catalog.Rules, r => r.Descriptor.Id.StartsWith("hengyang-", StringComparison.Ordinal));
        var engine = catalog.CreateEngine();
        Assert.DoesNotContain(engine.Rules, r => r.Descriptor.Id == "zh-website");
        var findings = engine.Analyze(Proofread.Text.Document.FromText("新闻热线:8611110\n\n官方网站:衡阳全搜索网\n"));
        var hotline = Assert.Single(findings, f => f.RuleId == "zh-hotline");
        Assert.Equal(Applicability.Review, hotline.Applicability);
        Assert.DoesNotContain(findings, f => f.RuleId == "zh-website");
    }
}
