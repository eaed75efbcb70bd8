using Reporting.Host.Cli;

return await ReportingCli.RunAsync(args, TimeProvider.System);
