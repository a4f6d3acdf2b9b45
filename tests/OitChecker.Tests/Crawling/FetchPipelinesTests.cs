using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using OitChecker.Crawling;
using Polly;

namespace OitChecker.Tests.Crawling;

/// <summary>Retry pipeline settings, with a fake HttpMessageHandler at the seam.</summary>
[TestFixture]
public sealed class FetchPipelinesTests
{
    [Test]
    public async Task RetryOptions_ClassifyTransientAnswers()
    {
        var options = CrawlTestKit.Fast with { Retries = 3 };
        var pipelines = new FetchPipelines(options, NewThrottle(), TimeProvider.System, NullLogger.Instance);
        var retry = pipelines.RetryOptions("x");

        async Task<bool> Handles(int status) =>
            await retry.ShouldHandle(new Polly.Retry.RetryPredicateArguments<HopResponse>(ResilienceContextPool.Shared.Get(), Outcome.FromResult(Hop(status)), 0));
        async Task<bool> HandlesEx(Exception ex) =>
            await retry.ShouldHandle(new Polly.Retry.RetryPredicateArguments<HopResponse>(ResilienceContextPool.Shared.Get(), Outcome.FromException<HopResponse>(ex), 0));

        Assert.Multiple(async () =>
        {
            Assert.That(retry.MaxRetryAttempts, Is.EqualTo(3));
            Assert.That(retry.BackoffType, Is.EqualTo(DelayBackoffType.Exponential));
            Assert.That(retry.UseJitter, Is.True);
            Assert.That(await Handles(503), Is.True);
            Assert.That(await Handles(500), Is.True);
            Assert.That(await Handles(408), Is.True);
            Assert.That(await Handles(429), Is.True);
            Assert.That(await Handles(404), Is.False);
            Assert.That(await Handles(501), Is.False);
            Assert.That(await Handles(200), Is.False);
            Assert.That(await HandlesEx(new HttpRequestException("reset")), Is.True);
            Assert.That(await HandlesEx(new Polly.Timeout.TimeoutRejectedException()), Is.True);
            Assert.That(await HandlesEx(new HttpRequestException("refused", new RefusedAddressException("private"))), Is.False);
        });
    }

    [Test]
    public async Task FetchAsync_RetryAfterLongerThanCap_Capped()
    {
        // Given a fake handler that answers 503 with Retry-After: 3600, then 200
        var handler = new ScriptedHandler(
            () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { RetryAfter = new(TimeSpan.FromHours(1)) } },
            () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>ok</html>") });
        var options = CrawlTestKit.Fast with { RetryAfterCap = TimeSpan.FromMilliseconds(300) };
        var fetcher = NewFetcher(handler, options);

        // When
        var started = DateTimeOffset.UtcNow;
        var r = await fetcher.FetchAsync(new FetchRequest("http://x.go.th/", FetchMode.Full, false), CancellationToken.None);
        var elapsed = DateTimeOffset.UtcNow - started;

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(200));
            Assert.That(r.Timings.Attempts, Is.EqualTo(2));
            Assert.That(elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280)).And.LessThan(TimeSpan.FromSeconds(5)));
        });
    }

    [Test]
    public async Task FetchAsync_RetriesExhausted_LastStatusKept()
    {
        var handler = new ScriptedHandler(() => new HttpResponseMessage(HttpStatusCode.BadGateway));
        var fetcher = NewFetcher(handler, CrawlTestKit.Fast with { Retries = 2 });

        var r = await fetcher.FetchAsync(new FetchRequest("http://x.go.th/", FetchMode.Full, false), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(r.Status, Is.EqualTo(502));
            Assert.That(r.Outcome, Is.EqualTo(FetchOutcome.HttpError));
            Assert.That(handler.Calls, Is.EqualTo(3));
        });
    }

    private static HopResponse Hop(int status) => new(status, null, null, null, null, null, null, [], false, false, false, 1);

    private static HostThrottle NewThrottle() => new(_ => new PolitenessSettings(4, TimeSpan.Zero, false, TimeSpan.FromSeconds(1)), TimeProvider.System, NullLogger<HostThrottle>.Instance);

    private static HttpFetcher NewFetcher(HttpMessageHandler handler, CrawlerOptions options)
    {
        var throttle = NewThrottle();
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        return new HttpFetcher(client, throttle, new FetchPipelines(options, throttle, TimeProvider.System, NullLogger.Instance), options, new CrawlCounters(), _ => true, TimeProvider.System, NullLogger.Instance);
    }

    private sealed class ScriptedHandler(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var answer = answers[Math.Min(Calls, answers.Length - 1)]();
            Calls++;
            answer.RequestMessage = request;
            return Task.FromResult(answer);
        }
    }
}
