using System.CommandLine;
using OitChecker.Mailing;
using OitChecker.Reporting;
using OitChecker.Running;

namespace OitChecker.Cli.Commands;

/// <summary>
/// <c>oitcheck mail --flush-outbox [--retries N] [--site FILE]</c>: sends what waits in the site's outbox through its SMTP
/// server (credentials from the environment variables the site file names). Exit 0 when the outbox is empty
/// afterwards, 1 when messages still wait (server unreachable), 3 when no SMTP server is configured.
/// </summary>
internal static class MailCommand
{
    public static Command Create(CliContext context)
    {
        var flush = new Option<bool>("--flush-outbox") { Description = "Send the queued .eml files now; each leaves the outbox only once the server accepted it." };
        var retries = new Option<int>("--retries") { Description = "Retries after a failed attempt (2 s, 4 s, 8 s …). Default 3.", DefaultValueFactory = _ => MailRetry.Default.Retries };
        var site = SiteFile.Option();
        var command = new Command("mail", "Deliver queued report e-mails.") { flush, retries, site };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(flush))
            {
                await context.Error.WriteLineAsync("Nothing to do: pass --flush-outbox.");
                return ExitCodes.ConfigurationError;
            }

            if (await SiteFile.LoadAsync(context, parse.GetValue(site)) is not { } loaded)
            {
                return ExitCodes.ConfigurationError;
            }

            var settings = loaded.Site.Mail with { Outbox = SitePaths.For(loaded.Site, null).Outbox };
            if (string.IsNullOrWhiteSpace(settings.SmtpHost))
            {
                await context.Error.WriteLineAsync($"{loaded.Site.SourcePath}: mail.smtp.host is not set; the outbox cannot be sent.");
                return ExitCodes.ConfigurationError;
            }

            var pending = new MailOutbox(settings.Outbox).Pending().Count;
            var retry = MailRetry.Default with { Retries = Math.Max(0, parse.GetValue(retries)) };
            var dispatcher = new MailDispatcher(m => new SmtpMailTransport(m), context.Time, context.LoggerFactory, retry);
            var result = await dispatcher.FlushAsync(settings, ct);
            await context.Output.WriteLineAsync($"outbox {settings.Outbox}: {pending} waiting, {result.Sent.Count} sent, {result.Failed.Count} refused (moved to failed/), {result.Waiting.Count} still waiting");
            return result.Waiting.Count == 0 ? ExitCodes.Success : ExitCodes.UnexpectedFailure;
        });
        return command;
    }
}
