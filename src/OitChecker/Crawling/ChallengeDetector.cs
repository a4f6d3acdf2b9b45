using System.Buffers;
using System.Text;

namespace OitChecker.Crawling;

/// <summary>
/// Recognises bot-protection answers (Cloudflare's cf-mitigated header and challenge pages, generic
/// "checking your browser" / CAPTCHA interstitials): such an answer says nothing about the link, so it is
/// recorded as blocked (unknown), never as broken.
/// </summary>
internal static class ChallengeDetector
{
    /// <summary>Bytes of the body searched for the markers.</summary>
    private const int HeadBytes = 16_384;

    /// <summary>A 200 answer at least this long is a real page, whatever scripts it embeds (a CAPTCHA widget on a form page).</summary>
    private const int MaxOkChallengeBytes = 16_000;

    private static readonly SearchValues<string> Markers = SearchValues.Create(
        [
            "cf-browser-verification", "challenge-platform", "just a moment...", "attention required! | cloudflare",
            "checking your browser", "ddos protection by", "captcha-delivery", "g-recaptcha\" data-sitekey", "/cdn-cgi/challenge",
        ],
        StringComparison.OrdinalIgnoreCase);

    public static bool IsChallenge(HttpResponseMessage response, byte[] body)
    {
        if (response.Headers.TryGetValues("cf-mitigated", out var v) && v.Any(x => x.Contains("challenge", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var status = (int)response.StatusCode;
        if (body.Length == 0 || body.Length > 200_000 || status is not (200 or 403 or 429 or 503)
            || (status == 200 && body.Length >= MaxOkChallengeBytes))
        {
            // Every page of an ordinary site ends here without a search: most are 200 and longer than an interstitial.
            return false;
        }

        // The markers are ASCII: reading the bytes as Latin-1 finds them whatever the page's real encoding.
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, HeadBytes));
        return head.AsSpan().ContainsAny(Markers);
    }
}
