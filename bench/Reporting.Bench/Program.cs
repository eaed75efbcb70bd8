using Reporting.Bench;

// bench pull [--tickets N] [--out DIR] [--zendesk-comments] [--commit-every N]: the comparison; run-pull and run-file are its measured children.
// bench serve [--tickets N] [--minutes M]: the fake APIs alone, for trying `reporting pull` by hand.
// bench capacity [--tickets 1000000]: capacity for all teams against a plain GROUP BY count (the floor).
// bench reports [--rounds 5]: every PM's digest and the capacity report from the committed sample.
// bench http [--clients 50] [--seconds 30]: owner suggestions over HTTP against `reporting serve`, next to in-process timing.
// bench inbox [--open 5000] [--rounds 40]: the triager's inbox read and rendered with N open tickets, in process and over HTTP.
// bench speed [--skip demo,suggest,jira,train,capacity] [--tickets 1000000] [--seconds 15] [--runs 3]: issue 18's speed figures beside their baselines, one run.
// bench one-shot --db FILE [--split]: where a one-shot `owners suggest` spends its time, step by step.
// bench capacity-http [--clients 20] [--seconds 20]: team capacity over HTTP, stored and computed, next to one computation in process.
// bench owners-variants [--input FILE] [--samples DIR] [--max-tickets N] [--out DIR] [--no-sample-variants]: the owner router against the linear-SVM baseline on unlike-Jira variants, the export's and the sample company's.
return args switch
{
    ["pull", .. var rest] => await PullBenchmark.RunAsync(BenchArguments.Parse(rest), Console.Out),
    ["serve", .. var rest] => await FakeServers.ServeAsync(BenchArguments.Parse(rest), Console.Out),
    ["run-pull", .. var rest] => await MeasuredRun.PullAsync(BenchArguments.Parse(rest), Console.Out),
    ["run-file", .. var rest] => await MeasuredRun.FileAsync(BenchArguments.Parse(rest), Console.Out),
    ["capacity", .. var rest] => await CapacityBenchmark.RunAsync(BenchArguments.Parse(rest), Console.Out),
    ["run-groupby", .. var rest] => await CapacityBenchmark.GroupByAsync(BenchArguments.Parse(rest), Console.Out),
    ["run-capacity", .. var rest] => await CapacityBenchmark.CapacityAsync(BenchArguments.Parse(rest), Console.Out),
    ["run-capacity-refresh", .. var rest] => await CapacityBenchmark.RefreshAsync(BenchArguments.Parse(rest), Console.Out),
    ["http", .. var rest] => await HttpSuggestBenchmark.RunAsync(BenchArguments.Parse(rest), Console.Out),
    ["capacity-http", .. var rest] => await HttpCapacityBenchmark.RunAsync(BenchArguments.Parse(rest), Console.Out),
    ["inbox", .. var rest] => await InboxBenchmark.RunAsync(BenchArguments.Parse(rest), Console.Out),
    ["speed", .. var rest] => await SpeedBenchmark.RunAsync(BenchArguments.Parse(rest), Console.Out),
    ["run-snapshot", .. var rest] => await CapacitySpeed.SnapshotAsync(BenchArguments.Parse(rest), Console.Out),
    ["one-shot", .. var rest] => await OneShotStages.RunAsync(BenchArguments.Parse(rest), Console.Out),
    ["reports", .. var rest] => await ReportsBenchmark.RunAsync(BenchArguments.Parse(rest), Console.Out),
    ["run-reports", .. var rest] => await ReportsBenchmark.RenderAsync(BenchArguments.Parse(rest), Console.Out),
    ["owners-variants", .. var rest] => await OwnersVariantsBenchmark.RunAsync(BenchArguments.Parse(rest), Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Reporting.Bench pull [--tickets 100000] [--out DIR] [--zendesk-comments] [--commit-every 10000]");
    Console.Error.WriteLine("       Reporting.Bench serve [--tickets 1000] [--minutes 10]");
    Console.Error.WriteLine("       Reporting.Bench capacity [--tickets 1000000] [--out DIR]");
    Console.Error.WriteLine("       Reporting.Bench reports [--rounds 5] [--out DIR]");
    Console.Error.WriteLine("       Reporting.Bench http [--clients 50] [--seconds 30] [--out DIR]");
    Console.Error.WriteLine("       Reporting.Bench inbox [--open 5000] [--rounds 40] [--out DIR]");
    Console.Error.WriteLine("       Reporting.Bench speed [--skip demo,suggest,jira,train,capacity] [--tickets 1000000] [--seconds 15] [--clients 50] [--runs 3] [--jira FILE] [--out DIR]");
    Console.Error.WriteLine("       Reporting.Bench one-shot --db FILE [--split]");
    Console.Error.WriteLine("       Reporting.Bench capacity-http [--clients 20] [--seconds 20] [--out DIR]");
    Console.Error.WriteLine("       Reporting.Bench owners-variants [--input ../shared/datasets/apache-jira/hadoop-family.jsonl.gz] [--samples data/samples] [--max-tickets 30000] [--out DIR] [--no-sample-variants]");
    return 2;
}
