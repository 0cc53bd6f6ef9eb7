namespace Proofread.Synth;

/// <summary>
/// Lays out one page after another of one paper and damages them. A story opens in one of several
/// ways: a byline and 本报讯, a 本报…电 or 新华社…电 dateline, a byline alone, or nothing at all under
/// its headline; some have a kicker above the headline, a second headline line or a subtitle, and
/// sub-heads or photo captions between their paragraphs. Several of these the page model does not
/// recognise, which is the point: measures should meet layouts nobody tuned a rule on.
/// </summary>
internal sealed class PageComposer(Paper paper, Random random, Deck headlines, Deck sentences, DamageKinds kinds, DamageRates rates)
{
    private static readonly string[] PageNumbers = ["二", "三", "四", "五", "六", "七", "八"];

    private static readonly char[] ClauseMarks = [.. "，。！？；：“”‘’、（）《》—…·「」『』"];

    private readonly List<string> _gold = [];
    private readonly List<string> _damaged = [];
    private readonly List<Heading> _headings = [];
    private readonly List<InjectedBreak> _breaks = [];
    private readonly List<FurnitureLine> _furniture = [];

    public SyntheticPage Page(int index, string name)
    {
        _gold.Clear();
        _damaged.Clear();
        _headings.Clear();
        _breaks.Clear();
        _furniture.Clear();
        if (kinds.HasFlag(DamageKinds.Furniture))
        {
            foreach (string line in paper.Masthead(index))
            {
                Furniture(line, FurnitureKind.Masthead);
            }
        }

        bool wrapped = kinds.HasFlag(DamageKinds.Wraps) && random.NextDouble() < rates.Wraps;
        int wrapWidth = random.Next(18, 31);
        bool continued = kinds.HasFlag(DamageKinds.Jumps) && index > 0 && random.NextDouble() < 0.3;
        int stories = random.Next(3, 7);
        for (int s = 0; s < stories; s++)
        {
            Story(continued && s == 0, wrapped ? wrapWidth : 0);
        }

        if (kinds.HasFlag(DamageKinds.Furniture))
        {
            if (random.NextDouble() < rates.Ads)
            {
                Furniture(paper.EditorLine(random), FurnitureKind.EditorLine);
            }

            if (random.NextDouble() < rates.Ads)
            {
                Ad(paper.Ads[random.Next(paper.Ads.Count)]);
            }
        }

        return new SyntheticPage(name, string.Join("\n\n", _damaged) + "\n", string.Join("\n\n", _gold) + "\n")
        {
            Paper = paper,
            Headings = [.. _headings],
            Breaks = [.. _breaks],
            Furniture = [.. _furniture],
        };
    }

    private void Story(bool continued, int wrapWidth)
    {
        if (random.NextDouble() < 0.15)
        {
            Heading(Clause(), HeadingKind.Kicker);
        }

        string headline = random.NextDouble() < 0.1 ? paper.Columns[random.Next(paper.Columns.Count)] : Headline();
        if (random.NextDouble() < 0.25)
        {
            // Two headline lines set as one block.
            string second = Headline();
            _headings.Add(new Heading(headline, HeadingKind.Headline));
            _headings.Add(new Heading(second, HeadingKind.Headline));
            Block(headline + "\n" + second);
        }
        else
        {
            Heading(headline, HeadingKind.Headline);
        }

        if (random.NextDouble() < 0.15)
        {
            Heading("——" + Clause(), HeadingKind.Subtitle);
        }

        string byline = paper.Reporters[random.Next(paper.Reporters.Count)];
        string opening = random.Next(6) switch
        {
            0 => Byline(byline) + "本报讯 ",
            1 => $"本报{paper.Title[..2]}{random.Next(1, 13)}月{random.Next(1, 29)}日电 ",
            2 => $"新华社北京{random.Next(1, 13)}月{random.Next(1, 29)}日电 （记者 {paper.Editors[random.Next(paper.Editors.Count)]}） ",
            3 => Byline(byline),
            _ => "",
        };
        int paragraphs = random.Next(3, 7);
        for (int p = 0; p < paragraphs; p++)
        {
            Paragraph(p == 0 ? opening : "", continued && p == 0, p == paragraphs - 1, wrapWidth);
            if (p < paragraphs - 1)
            {
                double between = random.NextDouble();
                if (between < 0.12)
                {
                    Heading(Subhead(), HeadingKind.Subhead);
                }
                else if (between < 0.2)
                {
                    Heading(Caption(), HeadingKind.Caption);
                }
            }
        }
    }

    /// <summary>Sets the byline as its own block and returns no opening words.</summary>
    private string Byline(string byline)
    {
        Heading(byline, HeadingKind.Byline);
        return "";
    }

    private void Paragraph(string opening, bool continued, bool lastOfStory, int wrapWidth)
    {
        var clean = new System.Text.StringBuilder(opening);
        int count = random.Next(2, 5);
        for (int n = 0; n < count; n++)
        {
            clean.Append(sentences.Next());
        }

        string paragraph = clean.ToString();
        _gold.Add(paragraph);
        string text = paragraph;
        if (kinds.HasFlag(DamageKinds.Duplicates) && random.NextDouble() < rates.Duplicates)
        {
            var kind = (DuplicationKind)random.Next(3);
            text = Duplications.Inject(text, kind, random)?.Damaged ?? text;
        }

        if (kinds.HasFlag(DamageKinds.Breaks) && random.NextDouble() < rates.Breaks)
        {
            // The opening words (本报讯, 新华社…电) are set in bold type and never cut.
            int bold = opening.Length > 0 && text.StartsWith(opening, StringComparison.Ordinal) ? opening.Length : 0;
            text = ParagraphDamage.Cut(text, bold, random, _breaks);
        }

        if (kinds.HasFlag(DamageKinds.HalfWidth) && random.NextDouble() < rates.HalfWidth)
        {
            text = ParagraphDamage.HalfWidth(text, random);
        }

        if (continued)
        {
            text = "（上接第一版）" + text;
            _furniture.Add(new FurnitureLine("（上接第一版）", FurnitureKind.JumpLine));
        }

        if (kinds.HasFlag(DamageKinds.Jumps) && lastOfStory && random.NextDouble() < 0.15)
        {
            string jump = $"（下转第{PageNumbers[random.Next(PageNumbers.Length)]}版）";
            _furniture.Add(new FurnitureLine(jump, FurnitureKind.JumpLine));
            text += random.Next(2) == 0 ? jump : "\n" + jump;
        }

        _damaged.Add(wrapWidth > 0 ? ParagraphDamage.Wrap(text, wrapWidth) : text);
    }

    private void Heading(string text, HeadingKind kind)
    {
        _headings.Add(new Heading(text, kind));
        Block(text);
    }

    private void Block(string text)
    {
        _gold.Add(text);
        _damaged.Add(text);
    }

    private void Furniture(string line, FurnitureKind kind)
    {
        _furniture.Add(new FurnitureLine(line, kind));
        _damaged.Add(line);
    }

    /// <summary>An ad block: its lines one block each, or as one boxed block.</summary>
    private void Ad(string[] lines)
    {
        foreach (string line in lines)
        {
            _furniture.Add(new FurnitureLine(line, FurnitureKind.Ad));
        }

        if (random.Next(2) == 0)
        {
            _damaged.AddRange(lines);
        }
        else
        {
            _damaged.Add(string.Join("\n", lines));
        }
    }

    /// <summary>
    /// A corpus headline, or the first clause of a sentence set as one: the corpus has few
    /// headlines, and on real pages a headline does not recur (a recurring line is furniture).
    /// </summary>
    private string Headline() => random.NextDouble() < 0.3 ? headlines.Next() : Clause();

    /// <summary>
    /// A clause of a sentence between two marks, 6 to 24 characters (of the first of three
    /// sentences that has one), else the sentence's first 16: a headline does not end on a mark.
    /// </summary>
    private string Clause(int shortest = 6, int longest = 24)
    {
        string sentence = "";
        for (int attempt = 0; attempt < 3; attempt++)
        {
            sentence = sentences.Next();
            foreach (string clause in sentence.Split(ClauseMarks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (clause.Length >= shortest && clause.Length <= longest)
                {
                    return clause;
                }
            }
        }

        var parts = sentence.Split(ClauseMarks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string head = parts.Length > 0 ? parts[0] : sentence;
        return head.Length <= longest ? head : head[..Math.Min(16, longest)];
    }

    /// <summary>A sub-head inside a story: a short phrase with no mark and nothing under it to say what it is.</summary>
    private string Subhead() => Clause(4, 12);

    /// <summary>A photo caption: 图为… with a credit the page model knows, one in brackets, or a source note.</summary>
    private string Caption()
    {
        string clause = Clause();
        string photographer = paper.Editors[random.Next(paper.Editors.Count)];
        return random.Next(3) switch
        {
            0 => $"图为{clause}。 本报记者 {photographer} 摄",
            1 => $"{clause}。（{photographer} 摄）",
            _ => $"图为{clause}。资料图片",
        };
    }
}
