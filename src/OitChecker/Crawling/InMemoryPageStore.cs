using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace OitChecker.Crawling;

/// <summary>A page store held in memory: for tests and small sites.</summary>
public sealed class InMemoryPageStore : IPageStore
{
    private readonly ConcurrentDictionary<string, PageSnapshot> _byUrl = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public int Count => _byUrl.Count;

    public ValueTask AddAsync(PageSnapshot page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (_byUrl.TryAdd(page.Url, page))
        {
            _order.Enqueue(page.Url);
        }
        else
        {
            _byUrl[page.Url] = page;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<PageSnapshot?> GetAsync(string url, CancellationToken cancellationToken = default)
    {
        if (_byUrl.TryGetValue(url, out var p))
        {
            return ValueTask.FromResult<PageSnapshot?>(p);
        }

        var byFinal = _byUrl.Values.FirstOrDefault(v => v.FinalUrl == url);
        return ValueTask.FromResult(byFinal);
    }

    public async IAsyncEnumerable<PageSnapshot> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var url in _order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_byUrl.TryGetValue(url, out var p))
            {
                yield return p;
            }
        }

        await Task.CompletedTask;
    }
}
