namespace Proofread.OcrPages;

/// <summary>
/// Composes the pages of a run in order: issues of 4, 6 or 8 pages, the papers taken in turn
/// (their order fixed by the seed), each issue a front page with masthead then inner pages; a
/// story cut on page 1 goes on on the page its jump line names. Composition runs in page order
/// (text is drawn from one sequence); everything after it can run in parallel.
/// </summary>
public static class IssuePlanner
{
    public static IReadOnlyList<ComposedPage> Compose(PageComposer composer, int pages, int seed)
    {
        var random = new Random(seed);
        var papers = Paper.All.ToArray();
        random.Shuffle(papers);
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 700));
        var composed = new List<ComposedPage>(pages);
        for (int issueIndex = 0; composed.Count < pages; issueIndex++)
        {
            var paper = papers[issueIndex % papers.Length];
            var issue = new Issue(paper, date, 10000 + random.Next(0, 9000), 4 + (2 * random.Next(0, 3)));
            var waiting = new List<Continuation>();
            for (int page = 1; page <= issue.PageCount && composed.Count < pages; page++)
            {
                var pageRandom = new Random(unchecked((seed * 7919) + (composed.Count * 104729) + 17));
                string name = $"{paper.Slug}-{date:yyyyMMdd}-{page:D2}";
                var incoming = waiting.Where(c => c.ToPage == page).ToList();
                composed.Add(composer.Compose(name, issue, page, pageRandom, incoming, waiting));
            }

            date = date.AddDays(random.Next(1, 4));
        }

        return composed;
    }
}
