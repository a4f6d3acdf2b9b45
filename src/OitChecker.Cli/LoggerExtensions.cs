using Microsoft.Extensions.Logging;

namespace OitChecker.Cli;

internal static class LoggerExtensions
{
    public static void LogUnexpected(this ILogger logger, Exception ex) =>
        logger.LogError(ex, "Unexpected failure: {Message}", ex.Message);
}
