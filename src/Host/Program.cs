using Reporting.Host.Cli;

return await ReportingCli.Build(TimeProvider.System).Parse(args).InvokeAsync();
