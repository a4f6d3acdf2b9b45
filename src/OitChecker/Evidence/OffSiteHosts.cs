namespace OitChecker.Evidence;

/// <summary>
/// Hosts where evidence does not count for OIT (it must be on the agency's main website): social media,
/// file-sharing and link shorteners. Evidence found only there is "off-site", distinct from "missing".
/// </summary>
public static class OffSiteHosts
{
    private static readonly string[] Known =
    [
        "facebook.com", "fb.com", "fb.me", "m.facebook.com", "web.facebook.com",
        "drive.google.com", "docs.google.com", "sites.google.com", "forms.gle", "goo.gl",
        "bit.ly", "tinyurl.com", "shorturl.at", "cutt.ly", "rb.gy", "t.co", "is.gd",
        "youtube.com", "youtu.be", "line.me", "lin.ee", "instagram.com", "twitter.com", "x.com", "tiktok.com",
        "dropbox.com", "onedrive.live.com", "1drv.ms", "anyflip.com", "online.anyflip.com", "issuu.com",
    ];

    /// <summary>A short name of the service for messages ("Facebook", "Google Drive"), or null for other hosts.</summary>
    public static string? ServiceName(string host)
    {
        var h = host.ToLowerInvariant();
        if (!Known.Any(k => h == k || h.EndsWith("." + k, StringComparison.Ordinal)))
        {
            return null;
        }

        return h switch
        {
            _ when h.Contains("facebook", StringComparison.Ordinal) || h is "fb.com" or "fb.me" => "Facebook",
            _ when h.Contains("google", StringComparison.Ordinal) || h is "forms.gle" or "goo.gl" => "Google Drive/Docs",
            _ when h.Contains("youtu", StringComparison.Ordinal) => "YouTube",
            _ when h.Contains("line", StringComparison.Ordinal) || h == "lin.ee" => "LINE",
            _ when h is "bit.ly" or "tinyurl.com" or "shorturl.at" or "cutt.ly" or "rb.gy" or "t.co" or "is.gd" => "a link shortener",
            _ => h,
        };
    }
}
