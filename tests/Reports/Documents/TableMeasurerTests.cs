using Reporting.Reports.Documents;

namespace Reporting.Reports.Tests.Documents;

public sealed class TableMeasurerTests
{
    [Fact]
    public void A_5000_character_word_in_a_table_cell_takes_three_lines_and_adds_no_page()
    {
        static DocumentDefinition Tickets(string subject) => TestDocuments.Builder()
            .Heading("Tickets bounced between teams")
            .Table(t =>
            {
                t.Column("Ticket", ColumnWidth.Fixed(72)).Column("Subject", ColumnWidth.Relative(4)).Column("From", ColumnWidth.Relative(2));
                for (int i = 0; i < 30; i++)
                {
                    t.Row($"SUP-{i:000}", i == 15 ? subject : "Export fails", "Billing");
                }
            })
            .Build();

        DocumentLayout normal = DocumentLayoutEngine.Layout(Tickets("Export fails"));
        DocumentLayout hostile = DocumentLayoutEngine.Layout(Tickets(new string('W', 5000)));

        Assert.Single(normal.Pages);
        Assert.Single(hostile.Pages);
        var cut = hostile.Pages[0].Texts().Where(t => t.Text.StartsWith('W')).ToList();
        Assert.Equal(TableMeasurer.MaxLinesPerWord, cut.Count);
        Assert.EndsWith("W\u2026", cut[^1].Text, StringComparison.Ordinal);
        Assert.All(cut, line => Assert.False(line.Clip));
    }
}
