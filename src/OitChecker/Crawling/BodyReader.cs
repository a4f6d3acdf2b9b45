namespace OitChecker.Crawling;

/// <summary>Streams a response body into memory, stopping at a byte limit.</summary>
internal static class BodyReader
{
    /// <summary>Reads at most <paramref name="limit"/> bytes; <c>More</c> is true when the body went on.</summary>
    public static async Task<(byte[] Body, bool More)> ReadAsync(HttpResponseMessage response, long limit, CancellationToken ct)
    {
        if (limit <= 0)
        {
            return ([], false);
        }

        var declared = response.Content.Headers.ContentLength;
        var capacity = (int)Math.Min(limit, declared is > 0 ? declared.Value : 64 * 1024);
        // Never larger than the limit: a full buffer is how a cut is noticed.
        var buffer = new byte[Math.Min(Math.Max(capacity, 1024), limit)];
        var length = 0;
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        while (true)
        {
            if (length == buffer.Length)
            {
                // Full (usually exactly the declared Content-Length): one byte tells whether the body goes on,
                // before a bigger buffer is allocated and copied only to learn that it does not.
                var probe = new byte[1];
                if (await stream.ReadAsync(probe, ct) == 0)
                {
                    break;
                }

                if (length >= limit)
                {
                    return (buffer, true);
                }

                Array.Resize(ref buffer, (int)Math.Min(limit, (long)buffer.Length * 2));
                buffer[length++] = probe[0];
                continue;
            }

            var toRead = (int)Math.Min(buffer.Length - length, limit - length);
            var n = await stream.ReadAsync(buffer.AsMemory(length, toRead), ct);
            if (n == 0)
            {
                break;
            }

            length += n;
        }

        if (length != buffer.Length)
        {
            Array.Resize(ref buffer, length);
        }

        return (buffer, false);
    }
}
