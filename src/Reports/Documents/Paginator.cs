namespace Reporting.Reports.Documents;

/// <summary>
/// Flows measured blocks into pages: collapses spacing, breaks pages, keeps headings with what follows,
/// repeats table headers on continuation pages and splits slices that are taller than a whole page.
/// </summary>
internal sealed class Paginator(float contentLeft, float contentTop, float contentBottom)
{
    private const float Tolerance = 0.01f;

    private readonly List<List<PageFragment>> pages = [];
    private List<PageFragment> page = [];
    private float y;
    private bool pageHasBody;
    private float pendingGap;

    private float Remaining => contentBottom - y;

    private float PageHeight => contentBottom - contentTop;

    public IReadOnlyList<IReadOnlyList<PageFragment>> Paginate(IReadOnlyList<MeasuredBlock> blocks)
    {
        StartPage();
        for (int i = 0; i < blocks.Count; i++)
        {
            MeasuredBlock block = blocks[i];
            if (block.PageBreak)
            {
                if (pageHasBody)
                {
                    StartPage();
                }

                continue;
            }

            if (!block.HasContent)
            {
                pendingGap += pageHasBody ? block.Gap : 0;
                continue;
            }

            float gap = pageHasBody ? Math.Max(pendingGap, block.SpaceBefore) : 0;
            float required = gap + (block.KeepWithNext ? ChainHeight(blocks, i, PageHeight) : LeadHeight(block, PageHeight));
            if (pageHasBody && required > Remaining + Tolerance)
            {
                StartPage();
                gap = 0;
            }

            y += gap;
            for (int s = 0; s < block.Slices.Count; s++)
            {
                Place(block.Slices[s], s > 0 ? block.ContinuationHeader : null);
            }

            pendingGap = block.SpaceAfter;
        }

        // A trailing page break leaves an empty page behind; a document keeps at least one page.
        if (!pageHasBody && pages.Count > 1)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    /// <summary>
    /// Height that must fit for a keep-with-next block: the block, any keep-with-next blocks after it,
    /// and the lead of the first block that ends the chain.
    /// </summary>
    private static float ChainHeight(IReadOnlyList<MeasuredBlock> blocks, int start, float pageHeight)
    {
        MeasuredBlock previous = blocks[start];
        float height = previous.Height;
        float gap = 0;
        for (int j = start + 1; j < blocks.Count; j++)
        {
            MeasuredBlock next = blocks[j];
            if (next.PageBreak)
            {
                break;
            }

            if (!next.HasContent)
            {
                gap += next.Gap;
                continue;
            }

            height += Math.Max(previous.SpaceAfter + gap, next.SpaceBefore);
            if (!next.KeepWithNext)
            {
                return height + LeadHeight(next, pageHeight);
            }

            height += next.Height;
            previous = next;
            gap = 0;
        }

        return height;
    }

    /// <summary>
    /// The leading slices that must start on the current page. A slice taller than a whole page counts
    /// as one page: it will be cut wherever it starts.
    /// </summary>
    private static float LeadHeight(MeasuredBlock block, float pageHeight) =>
        block.Slices.Take(block.LeadSlices).Sum(slice => Math.Min(slice.Height, pageHeight));

    private void Place(LayoutSlice slice, LayoutSlice? continuationHeader)
    {
        LayoutSlice? repeatedHeader = RepeatableHeader(continuationHeader);
        float freshPage = PageHeight - (repeatedHeader?.Height ?? 0);
        while (true)
        {
            if (slice.Height <= Remaining + Tolerance)
            {
                Emit(slice);
                return;
            }

            // Move to a new page when the slice fits there whole; a table row taller than any page
            // is cut where it is, so no page is left half empty in front of it.
            bool fitsAFreshPage = slice.Height <= freshPage + Tolerance;
            SliceSplit? split = pageHasBody && fitsAFreshPage ? null : slice.SplitToFit(Remaining);
            if (split is null)
            {
                if (!pageHasBody)
                {
                    Emit(slice); // only for absurd themes, e.g. a single line taller than the page
                    return;
                }

                StartPage();
                if (repeatedHeader is not null)
                {
                    repeatedHeader.Emit(contentLeft, y, page);
                    y += repeatedHeader.Height;
                }

                continue;
            }

            Emit(split.Value.Head);
            if (split.Value.Tail is null)
            {
                return;
            }

            slice = split.Value.Tail;
        }
    }

    /// <summary>A header row so tall it would crowd out the body (hostile header text) is not repeated.</summary>
    private LayoutSlice? RepeatableHeader(LayoutSlice? header) =>
        header is not null && header.Height <= PageHeight / 3 ? header : null;

    private void Emit(LayoutSlice slice)
    {
        slice.Emit(contentLeft, y, page);
        y += slice.Height;
        pageHasBody = true;
    }

    private void StartPage()
    {
        page = [];
        pages.Add(page);
        y = contentTop;
        pageHasBody = false;
        pendingGap = 0;
    }
}
