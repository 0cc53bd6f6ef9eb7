using Proofread.Corpus;
using Proofread.Text;
using Proofread.Vocabulary;

namespace Proofread.Layout;

/// <summary>
/// Reads the layout of a page from its blocks: which blocks are bylines, story openings, markup,
/// and which short blocks are headlines because they stand directly above a story (the run of
/// short unpunctuated blocks before a byline, a story opening, a heading or a jump line).
/// Computed once per document by the break rules; cheap checks only, no lexicon.
/// </summary>
public sealed class PageLayout
{
    /// <summary>How many blocks above a story's first line may be its headline, kicker and sub-heads.</summary>
    private const int MaxHeadlineBlocks = 6;

    /// <summary>A single-line block up to this long that names another page is a jump line.</summary>
    private const int MaxJumpLineLength = 40;

    private readonly BlockRole[] _roles;

    private PageLayout(BlockRole[] roles) => _roles = roles;

    public BlockRole this[int block] => _roles[block];

    public static PageLayout Read(Document document, RunStatistics run)
    {
        var blocks = document.Blocks;
        var roles = new BlockRole[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            roles[i] = RoleOf(document, blocks[i], run);
        }

        // Short unpunctuated blocks directly above a story's first line, a byline, a heading or a
        // jump line are its headline, kicker and sub-heads, whatever their punctuation inside.
        for (int i = 0; i < blocks.Count; i++)
        {
            if (roles[i] is not (BlockRole.StoryOpening or BlockRole.Byline or BlockRole.Heading or BlockRole.JumpLine or BlockRole.Dateline))
            {
                continue;
            }

            for (int j = i - 1; j >= 0 && i - j <= MaxHeadlineBlocks; j--)
            {
                if (roles[j] == BlockRole.Headline)
                {
                    continue;
                }

                if (roles[j] != BlockRole.Prose || !TextShape.IsHeadlineShaped(document, blocks[j]))
                {
                    break;
                }

                roles[j] = BlockRole.Headline;
            }
        }

        return new PageLayout(roles);
    }

    /// <summary>
    /// True for a block whose last line is not running text (a jump line, a byline or credit, a
    /// heading, markup), so no paragraph can run on from it.
    /// </summary>
    public static bool EndsInFurniture(Document document, Block block) =>
        LinePatterns.EndsTheFlow(document.LineText(block.LastLine).Trim());

    private static BlockRole RoleOf(Document document, Block block, RunStatistics run)
    {
        string first = document.LineText(block.FirstLine).Trim();
        if (LinePatterns.Heading.IsMatch(first))
        {
            return BlockRole.Heading;
        }

        if (StoryTags.StoryOpeningLine.IsMatch(first))
        {
            return BlockRole.StoryOpening;
        }

        if (Bylines.Byline.IsMatch(first) || Bylines.IsCredit(first))
        {
            return BlockRole.Byline;
        }

        if (PageFurniture.Dateline.IsMatch(first))
        {
            return BlockRole.Dateline;
        }

        if (LinePatterns.Markup.IsMatch(first))
        {
            return BlockRole.Markup;
        }

        if (LinePatterns.ListItem.IsMatch(first))
        {
            return BlockRole.ListItem;
        }

        if (LinePatterns.Enumeration.IsMatch(first))
        {
            return BlockRole.EnumeratedParagraph;
        }

        if (block.LineCount == 1 && first.Length <= MaxJumpLineLength && PageFurniture.JumpLine.IsMatch(first))
        {
            return BlockRole.JumpLine;
        }

        if (run.DocumentCount > 1 && first.Length <= RunStatistics.MaxTrackedLineLength && run.DocumentsWithLine(first) > 1)
        {
            return BlockRole.RecurringFurniture;
        }

        if (TextShape.IsHeadlineShaped(document, block) && TextShape.HasSpacedPhrases(document[block.Span]))
        {
            return BlockRole.Headline;
        }

        return BlockRole.Prose;
    }
}
