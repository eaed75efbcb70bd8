using DuckDB.NET.Data;
using Reporting.Reports.Capacity;
using Reporting.Reports.Charts;

namespace Reporting.Host.Application.Capacity;

/// <summary>A team's capacity chart (the digest's and the report's picture: history and forecast) as SVG for its page.</summary>
public sealed class DrawTeamCapacityChart(ReadCapacityOverview overview)
{
    public const float Width = 720;
    public const float Height = 260;

    public const string Description =
        "green is left for planned work, red support by teammates, purple overflow, orange the engineer on rotation; shaded weeks are the forecast";

    public async Task<string> RunAsync(DuckDBConnection connection, string team, CancellationToken cancellationToken)
    {
        var all = await overview.RunAsync(connection, cancellationToken);
        var outlook = all.Team(team);
        return ChartSvg.Render(CapacityChart.Build(all.TeamWeeks(outlook.Team), $"{outlook.Team}: hours per week"), Width, Height);
    }
}
