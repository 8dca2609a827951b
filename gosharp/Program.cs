using Gosharp.Cli.Cli;

return GosharpCli.Run(args, ToolContext.Process());
