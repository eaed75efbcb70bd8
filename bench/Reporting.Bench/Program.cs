using Reporting.Bench;

// bench pull [--tickets N] [--out DIR] [--zendesk-comments] [--commit-every N]: the comparison; run-pull and run-file are its measured children.
// bench serve [--tickets N] [--minutes M]: the fake APIs alone, for trying `reporting pull` by hand.
return args switch
{
    ["pull", .. var rest] => await PullBenchmark.RunAsync(BenchArguments.Parse(rest), Console.Out),
    ["serve", .. var rest] => await FakeServers.ServeAsync(BenchArguments.Parse(rest), Console.Out),
    ["run-pull", .. var rest] => await MeasuredRun.PullAsync(BenchArguments.Parse(rest), Console.Out),
    ["run-file", .. var rest] => await MeasuredRun.FileAsync(BenchArguments.Parse(rest), Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Reporting.Bench pull [--tickets 100000] [--out DIR] [--zendesk-comments] [--commit-every 10000]");
    Console.Error.WriteLine("       Reporting.Bench serve [--tickets 1000] [--minutes 10]");
    return 2;
}
