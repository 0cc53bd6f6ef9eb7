using System.Text;
using System.Text.Json;
using Proofread.Text;

namespace Proofread.Tests.Cli;

public class CheckAndFixCommandTests
{
    private static readonly string Seed000 = Path.Combine(TestPaths.Seeds, "000_c149e859df62b34b.txt");

    [Fact]
    public void Check_exits_1_with_findings_and_prints_compiler_style_lines()
    {
        var r = CliRunner.Run("check", Seed000, "--rule", "half-width-punctuation");
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"000_c149e859df62b34b\.txt:9:15: half-width-punctuation: .+", r.Out);
        Assert.Contains("10月18日,市委书记秦国文深 → * 10月18日，市委书记秦国文深", r.Out);
    }

    [Fact]
    public void Check_exits_0_on_clean_text()
    {
        string dir = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(dir, "clean.txt"), "本报讯 全市上下认真学习会议精神。\n");
        var r = CliRunner.Run("check", dir, "--rule", "half-width-punctuation");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("No findings in 1 file(s).", r.Out);
    }

    [Fact]
    public void Check_json_follows_the_contract()
    {
        var r = CliRunner.Run("check", Seed000, "--format", "json", "--rule", "half-width-punctuation");
        Assert.Equal(1, r.ExitCode);
        using var json = JsonDocument.Parse(r.Out);
        var file = json.RootElement.GetProperty("files")[0];
        Assert.EndsWith("000_c149e859df62b34b.txt", file.GetProperty("path").GetString());
        string text = File.ReadAllText(Seed000);
        foreach (var f in file.GetProperty("findings").EnumerateArray())
        {
            Assert.Equal("half-width-punctuation", f.GetProperty("rule").GetString());
            int start = f.GetProperty("start").GetInt32(), end = f.GetProperty("end").GetInt32();
            Assert.True(end > start);
            Assert.True(f.GetProperty("line").GetInt32() >= 1 && f.GetProperty("column").GetInt32() >= 1);
            Assert.InRange(f.GetProperty("confidence").GetDouble(), 0, 1);
            Assert.Contains(f.GetProperty("applicability").GetString(), new[] { "safe", "review", "none" });
            Assert.NotEmpty(f.GetProperty("message").GetString()!);
            // The seeds are all in the BMP, so code points are UTF-16 indices here.
            Assert.Contains(text[start], ",:;()!?");
            Assert.Equal(JsonValueKind.String, f.GetProperty("replacement").ValueKind);
        }
    }

    [Fact]
    public void Json_offsets_count_code_points()
    {
        string dir = TestPaths.NewTempFolder();
        string path = Path.Combine(dir, "rare.txt");
        File.WriteAllText(path, "𠀀𠀁字,好");
        var r = CliRunner.Run("check", path, "--format", "json", "--rule", "half-width-punctuation");
        using var json = JsonDocument.Parse(r.Out);
        var f = json.RootElement.GetProperty("files")[0].GetProperty("findings")[0];
        Assert.Equal(3, f.GetProperty("start").GetInt32());
        Assert.Equal(4, f.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Fix_writes_every_seed_to_out_with_the_punctuation_fixed_and_codes_kept()
    {
        string outDir = TestPaths.NewTempFolder();
        var r = CliRunner.Run("fix", TestPaths.Seeds, "--out", outDir);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(5, Directory.GetFiles(outDir, "*.txt").Length);
        string fixedText = File.ReadAllText(Path.Combine(outDir, "000_c149e859df62b34b.txt"));
        Assert.Contains("10月18日，市委书记秦国文", fixedText);
        Assert.Contains("2021年第20次", fixedText);
    }

    [Fact]
    public void Timings_list_every_rule_that_ran_on_stderr_and_change_nothing_else()
    {
        var plain = CliRunner.Run("check", TestPaths.Seeds, "--format", "json");
        var timed = CliRunner.Run("check", TestPaths.Seeds, "--format", "json", "--timings");
        Assert.Equal(plain.Out, timed.Out);
        Assert.DoesNotContain("seconds", plain.Error);

        var rows = timed.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("rule", rows[0]);
        // One row per rule (built-in and shipped packs), each analysing the five seed pages once.
        var ruleIds = CliRunner.Run("rules").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).Where(id => id.Contains('-')).ToList();
        Assert.NotEmpty(ruleIds);
        foreach (string id in ruleIds)
        {
            var row = Assert.Single(rows, r => r.StartsWith(id + " ", StringComparison.Ordinal));
            Assert.Equal("5", row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3]);
        }

        Assert.StartsWith("all rules", rows[^1]);
    }

    [Fact]
    public void Punctuation_fixes_leave_codes_and_numbers_alone()
    {
        string outDir = TestPaths.NewTempFolder();
        Assert.Equal(0, CliRunner.Run("fix", TestPaths.Seeds, "--out", outDir, "--rule", "half-width-punctuation").ExitCode);
        string page1 = File.ReadAllText(Path.Combine(outDir, "001_788e42c87815a943.txt"));
        Assert.Contains("国内统一连续出版物号 CN 43-0004", page1);
        Assert.Contains("(2019—2035年)".Replace('(', '（').Replace(')', '）'), page1);
        Assert.Contains("“船山论坛（第51期）”", page1);
    }

    [Fact]
    public void Fix_with_no_rules_gives_every_file_back_byte_for_byte()
    {
        string outDir = TestPaths.NewTempFolder();
        var r = CliRunner.Run("fix", TestPaths.Seeds, "--out", outDir, "--no-rules");
        Assert.Equal(0, r.ExitCode);
        foreach (string seed in Directory.GetFiles(TestPaths.Seeds, "*.txt"))
        {
            Assert.Equal(File.ReadAllBytes(seed), File.ReadAllBytes(Path.Combine(outDir, Path.GetFileName(seed))));
        }
    }

    [Fact]
    public void Fix_keeps_the_folder_layout_under_out()
    {
        string inDir = TestPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(inDir, "1998", "01"));
        File.WriteAllText(Path.Combine(inDir, "1998", "01", "p1.txt"), "他说,好。");
        File.WriteAllText(Path.Combine(inDir, "notes.md"), "他说:好。");
        File.WriteAllText(Path.Combine(inDir, "image.png"), "not text");
        string outDir = TestPaths.NewTempFolder();
        Assert.Equal(0, CliRunner.Run("fix", inDir, "--out", outDir).ExitCode);
        Assert.Equal("他说，好。", File.ReadAllText(Path.Combine(outDir, "1998", "01", "p1.txt")));
        Assert.Equal("他说：好。", File.ReadAllText(Path.Combine(outDir, "notes.md")));
        Assert.False(File.Exists(Path.Combine(outDir, "image.png")));
    }

    [Fact]
    public void In_place_rewrites_and_keeps_a_backup_that_is_never_overwritten()
    {
        string dir = TestPaths.NewTempFolder();
        string path = Path.Combine(dir, "page.txt");
        File.WriteAllText(path, "他说,好。");
        Assert.Equal(0, CliRunner.Run("fix", path, "--in-place").ExitCode);
        Assert.Equal("他说，好。", File.ReadAllText(path));
        Assert.Equal("他说,好。", File.ReadAllText(path + ".orig"));

        File.WriteAllText(path, "再说,好。");
        Assert.Equal(0, CliRunner.Run("fix", path, "--in-place").ExitCode);
        Assert.Equal("他说,好。", File.ReadAllText(path + ".orig"));
        Assert.Equal("再说,好。", File.ReadAllText(path + ".orig.1"));
        Assert.Empty(Directory.GetFiles(dir, "*.tmp"));
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        string dir = TestPaths.NewTempFolder();
        string path = Path.Combine(dir, "page.txt");
        File.WriteAllText(path, "第一行\n他说,好。\n第三行\n");
        var r = CliRunner.Run("fix", path, "--dry-run");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--- a/page.txt", r.Out);
        Assert.Contains("-他说,好。", r.Out);
        Assert.Contains("+他说，好。", r.Out);
        Assert.Contains("@@ -1,3 +1,3 @@", r.Out);
        Assert.Equal("第一行\n他说,好。\n第三行\n", File.ReadAllText(path));
        Assert.Equal(["page.txt"], Directory.GetFiles(dir).Select(f => Path.GetFileName(f)!).ToArray());
    }

    [Fact]
    public void Fix_needs_exactly_one_output_mode()
    {
        Assert.Equal(2, CliRunner.Run("fix", Seed000).ExitCode);
        Assert.Equal(2, CliRunner.Run("fix", Seed000, "--in-place", "--dry-run").ExitCode);
    }

    [Fact]
    public void A_missing_file_is_named_exits_2_and_the_others_are_still_written()
    {
        string outDir = TestPaths.NewTempFolder();
        string missing = Path.Combine(outDir, "nope.txt");
        var r = CliRunner.Run("fix", missing, Seed000, "--out", outDir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nope.txt: no such file or folder", r.Error);
        Assert.True(File.Exists(Path.Combine(outDir, "000_c149e859df62b34b.txt")));
        Assert.False(File.Exists(Path.Combine(outDir, "nope.txt")));
    }

    [Fact]
    public void A_binary_file_is_skipped_with_an_error_and_no_output()
    {
        string dir = TestPaths.NewTempFolder();
        File.WriteAllBytes(Path.Combine(dir, "scan.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13]);
        string outDir = TestPaths.NewTempFolder();
        var r = CliRunner.Run("fix", dir, "--out", outDir);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("scan.txt: binary file", r.Error);
        Assert.Empty(Directory.GetFiles(outDir));
    }

    [Fact]
    public void Gb18030_input_is_written_back_in_gb18030()
    {
        string dir = TestPaths.NewTempFolder();
        string path = Path.Combine(dir, "gbk.txt");
        File.WriteAllBytes(path, TextDecoder.Encode("市委书记秦国文说,要加强。", TextEncodingKind.Gb18030));
        string outDir = TestPaths.NewTempFolder();
        Assert.Equal(0, CliRunner.Run("fix", path, "--out", outDir).ExitCode);
        byte[] written = File.ReadAllBytes(Path.Combine(outDir, "gbk.txt"));
        Assert.Equal(TextDecoder.Encode("市委书记秦国文说，要加强。", TextEncodingKind.Gb18030), written);
    }

    [Fact]
    public void Bom_and_crlf_survive_outside_edited_spans()
    {
        string dir = TestPaths.NewTempFolder();
        string path = Path.Combine(dir, "bom.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("第一段。\r\n\r\n他说,好。\r\n")]);
        string outDir = TestPaths.NewTempFolder();
        Assert.Equal(0, CliRunner.Run("fix", path, "--out", outDir).ExitCode);
        byte[] written = File.ReadAllBytes(Path.Combine(outDir, "bom.txt"));
        Assert.Equal([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("第一段。\r\n\r\n他说，好。\r\n")], written);
    }

    [Fact]
    public void An_empty_file_is_fine()
    {
        string dir = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(dir, "empty.txt"), "");
        string outDir = TestPaths.NewTempFolder();
        Assert.Equal(0, CliRunner.Run("fix", dir, "--out", outDir).ExitCode);
        Assert.Equal(0, new FileInfo(Path.Combine(outDir, "empty.txt")).Length);
        Assert.Equal(0, CliRunner.Run("check", dir).ExitCode);
    }

    [Fact]
    public void Rules_lists_every_rule_and_explains_one()
    {
        var r = CliRunner.Run("rules");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("half-width-punctuation", r.Out);
        var explain = CliRunner.Run("rules", "--explain", "half-width-punctuation");
        Assert.Contains("Fix safety", explain.Out);
        Assert.Equal(2, CliRunner.Run("rules", "--explain", "no-such-rule").ExitCode);
    }
}
