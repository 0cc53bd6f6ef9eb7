using System.Text;

namespace Proofread.Evaluation;

/// <summary>
/// Gives each edit of an <see cref="Alignment"/> of a text with its gold twin one
/// <see cref="DamageClass"/>, so the class distances add up to the Levenshtein distance. In order:
/// <list type="number">
/// <item>duplication: a run of removed (or added) code points, holding a letter, that lies inside
/// a tandem repeat of its own length whose other copy is matched (经济经济 less 经济, wherever the
/// alignment put the gap; a line printed twice too);</item>
/// <item>furniture: every other edit on a line none of whose characters is matched (a line present
/// in one text and not in the other), with one removed or added line break for each such line;</item>
/// <item>then by the characters of the edit: a line break is breaks; whitespace, or whitespace for
/// whitespace, is spacing; a mark, or a mark for a mark, is punctuation; anything else (a letter for
/// a mark too, ！→1) is characters.</item>
/// </list>
/// </summary>
public static class DamageClassifier
{
    public static ClassedDistance Distances(Alignment alignment)
    {
        var counts = new int[DamageClasses.All.Count];
        foreach (var damage in Classify(alignment))
        {
            if (damage is { } d)
            {
                counts[(int)d]++;
            }
        }

        return new ClassedDistance(counts);
    }

    /// <summary>The class of each step of the alignment, in step order; null for a match.</summary>
    public static DamageClass?[] Classify(Alignment alignment)
    {
        var steps = alignment.Steps;
        var fromSide = new Side(alignment.From, steps, EditStep.Insert);
        var toSide = new Side(alignment.To, steps, EditStep.Delete);
        var classes = new DamageClass?[steps.Count];
        fromSide.MarkDuplications(classes, EditStep.Delete);
        toSide.MarkDuplications(classes, EditStep.Insert);
        fromSide.MarkLostLines(classes);
        toSide.MarkLostLines(classes);
        for (int k = 0; k < steps.Count; k++)
        {
            if (classes[k] is null && steps[k] != EditStep.Match)
            {
                classes[k] = ByCharacters(steps[k], fromSide.CodePointOf(k), toSide.CodePointOf(k));
            }
        }

        return classes;
    }

    private static DamageClass ByCharacters(EditStep step, int from, int to)
    {
        var a = Kind(from);
        var b = Kind(to);
        if (step == EditStep.Delete)
        {
            b = a;
        }
        else if (step == EditStep.Insert)
        {
            a = b;
        }

        return (a, b) switch
        {
            (CharKind.LineBreak, _) or (_, CharKind.LineBreak) => DamageClass.Breaks,
            (CharKind.Space, CharKind.Space) => DamageClass.Spacing,
            (CharKind.Mark, CharKind.Mark) => DamageClass.Punctuation,
            _ => DamageClass.Characters,
        };
    }

    private enum CharKind
    {
        Letter,
        LineBreak,
        Space,
        Mark,
    }

    private static CharKind Kind(int codePoint)
    {
        if (codePoint == '\n')
        {
            return CharKind.LineBreak;
        }

        if (!Rune.IsValid(codePoint))
        {
            return CharKind.Letter;
        }

        var rune = new Rune(codePoint);
        return Rune.IsWhiteSpace(rune) ? CharKind.Space
            : Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) ? CharKind.Mark
            : CharKind.Letter;
    }

    /// <summary>One text of the alignment: which step consumes each of its code points, and which code point each step consumes.</summary>
    private sealed class Side
    {
        private readonly IReadOnlyList<int> _text;
        private readonly IReadOnlyList<EditStep> _steps;
        private readonly int[] _stepAt;
        private readonly int[] _positionOf;

        /// <param name="skips">The step that consumes nothing of this text.</param>
        public Side(IReadOnlyList<int> text, IReadOnlyList<EditStep> steps, EditStep skips)
        {
            _text = text;
            _steps = steps;
            _stepAt = new int[text.Count];
            _positionOf = new int[steps.Count];
            int position = 0;
            for (int k = 0; k < steps.Count; k++)
            {
                if (steps[k] == skips)
                {
                    _positionOf[k] = -1;
                }
                else
                {
                    _stepAt[position] = k;
                    _positionOf[k] = position++;
                }
            }
        }

        /// <summary>The code point step k consumes on this side, or -1.</summary>
        public int CodePointOf(int step) => _positionOf[step] < 0 ? -1 : _text[_positionOf[step]];

        /// <summary>
        /// Lines with no matched character are furniture, and so is one unmatched line break
        /// beside each (the one after it if it can, else the one before), the break that went
        /// with the line; the other unmatched breaks are left for the break class.
        /// </summary>
        public void MarkLostLines(DamageClass?[] classes)
        {
            var claimed = new HashSet<int>();
            int start = 0;
            while (start < _text.Count)
            {
                int end = start;
                bool matched = false;
                while (end < _text.Count && _text[end] != '\n')
                {
                    matched |= _steps[_stepAt[end]] == EditStep.Match;
                    end++;
                }

                if (!matched && end > start)
                {
                    for (int p = start; p < end; p++)
                    {
                        classes[_stepAt[p]] ??= DamageClass.Furniture;
                    }

                    if (IsUnclassed(end, classes) && claimed.Add(end))
                    {
                        classes[_stepAt[end]] = DamageClass.Furniture;
                    }
                    else if (IsUnclassed(start - 1, classes) && claimed.Add(start - 1))
                    {
                        classes[_stepAt[start - 1]] = DamageClass.Furniture;
                    }
                }

                start = end + 1;
            }
        }

        /// <summary>Runs of <paramref name="gap"/> steps not yet classed that lie inside a repeat of themselves.</summary>
        public void MarkDuplications(DamageClass?[] classes, EditStep gap)
        {
            for (int k = 0; k < _steps.Count;)
            {
                if (_steps[k] != gap || classes[k] is not null)
                {
                    k++;
                    continue;
                }

                int end = k;
                bool letter = false;
                while (end < _steps.Count && _steps[end] == gap && classes[end] is null)
                {
                    letter |= Kind(_text[_positionOf[end]]) == CharKind.Letter;
                    end++;
                }

                if (letter && InsideRepeat(_positionOf[k], end - k))
                {
                    for (int s = k; s < end; s++)
                    {
                        classes[s] = DamageClass.Duplication;
                    }
                }

                k = end;
            }
        }

        private bool IsUnclassed(int position, DamageClass?[] classes) =>
            position >= 0 && position < _text.Count && _steps[_stepAt[position]] != EditStep.Match && classes[_stepAt[position]] is null;

        /// <summary>
        /// Whether the run [start, start + length) lies inside a tandem repeat XX with |X| = length
        /// (some window of length code points equal to the next length begins within length before
        /// the run) whose code points outside the run, the copy that stays, are all matched.
        /// </summary>
        private bool InsideRepeat(int start, int length)
        {
            int from = Math.Max(0, start - length);
            int to = Math.Min(start + length, _text.Count - length);
            int equal = 0;
            for (int j = from; j < to; j++)
            {
                equal = _text[j] == _text[j + length] ? equal + 1 : 0;
                if (equal >= length && CopyStaysMatched(j - length + 1, start, length))
                {
                    return true;
                }
            }

            return false;
        }

        private bool CopyStaysMatched(int repeat, int run, int length)
        {
            for (int p = repeat; p < repeat + (2 * length); p++)
            {
                if ((p < run || p >= run + length) && _steps[_stepAt[p]] != EditStep.Match)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
