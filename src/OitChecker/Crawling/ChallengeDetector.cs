using System.Text;

namespace OitChecker.Crawling;

/// <summary>
/// Recognises bot-protection answers (Cloudflare's cf-mitigated header and challenge pages, generic
/// "checking your browser" / CAPTCHA interstitials): such an answer says nothing about the link, so it is
/// recorded as blocked (unknown), never as broken.
/// </summary>
internal static class ChallengeDetector
{
    private static readonly string[] Markers =
    [
        "cf-browser-verification", "challenge-platform", "just a moment...", "attention required! | cloudflare",
        "checking your browser", "ddos protection by", "captcha-delivery", "g-recaptcha\" data-sitekey", "/cdn-cgi/challenge",
    ];

    public static bool IsChallenge(HttpResponseMessage response, byte[] body)
    {
        if (response.Headers.TryGetValues("cf-mitigated", out var v) && v.Any(x => x.Contains("challenge", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var status = (int)response.StatusCode;
        if (body.Length == 0 || body.Length > 200_000 || status is not (200 or 403 or 429 or 503))
        {
            return false;
        }

        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 16_384)).ToLowerInvariant();
        return Markers.Any(m => head.Contains(m, StringComparison.Ordinal)) && (status != 200 || head.Length < 16_000);
    }
}
