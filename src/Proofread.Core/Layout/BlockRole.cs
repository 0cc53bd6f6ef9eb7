namespace Proofread.Layout;

/// <summary>What a block is on a newspaper page, as far as mending breaks is concerned.</summary>
public enum BlockRole
{
    /// <summary>Running text: a paragraph or a piece of one.</summary>
    Prose,

    /// <summary>A headline, kicker or sub-head: short, no sentence-final punctuation, set above a story.</summary>
    Headline,

    /// <summary>■本报记者 陈润, ■文/图 …, ■本报评论员, and photo credits (■通讯员 王勤 摄).</summary>
    Byline,

    /// <summary>The first paragraph of a story: 本报讯 …, **本报讯** …, 新华社北京10月18日电 ….</summary>
    StoryOpening,

    /// <summary>A page dateline: 2021年9月28日 星期二.</summary>
    Dateline,

    /// <summary>A Markdown heading (# …).</summary>
    Heading,

    /// <summary>Markup: bold lines, block quotes, tables, code fences, rules, images, HTML.</summary>
    Markup,

    /// <summary>A Markdown list item: - …, * …, 1. ….</summary>
    ListItem,

    /// <summary>A paragraph that opens an enumeration: （一）…, 一、…, 一是…, 第四，…, 1、…, ①…. Text may run on from it, never into it.</summary>
    EnumeratedParagraph,

    /// <summary>A jump line or cross-reference: （下转第六版）, >>>详见第七版>>>.</summary>
    JumpLine,

    /// <summary>A line that recurs on other pages of the run: masthead, banner, advertisement.</summary>
    RecurringFurniture,
}
