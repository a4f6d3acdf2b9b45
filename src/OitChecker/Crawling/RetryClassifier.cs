using System.Security.Authentication;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace OitChecker.Crawling;

/// <summary>Which answers and failures are worth another attempt, and which count against a host's circuit.</summary>
internal static class RetryClassifier
{
    /// <summary>408, 429 and 5xx (except 501 Not Implemented and 505) are retried.</summary>
    public static bool IsTransientStatus(int status) => status is 408 or 429 || (status >= 500 && status != 501 && status != 505 && status < 600);

    /// <summary>Network errors and attempt timeouts are retried; refused private addresses and TLS failures are not.</summary>
    public static bool IsTransientException(Exception ex) => ex switch
    {
        RefusedAddressException => false,
        HttpRequestException h when Contains<RefusedAddressException>(h) || Contains<AuthenticationException>(h) => false,
        HttpRequestException => true,
        TimeoutRejectedException => true,
        IOException io when Contains<RefusedAddressException>(io) => false,
        IOException => true,
        _ => false,
    };

    /// <summary>Failures that count against a host's circuit breaker (429 does not: the throttle handles it).</summary>
    public static bool CountsAgainstCircuit(int status) => status >= 500 && status != 501 && status != 505;

    public static bool Contains<T>(Exception ex)
        where T : Exception
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            if (e is T)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a final exception should be retried by the outer retry (an open circuit is waited out).</summary>
    public static bool IsRetryable(Exception ex) => ex is BrokenCircuitException || IsTransientException(ex);
}
