using OitChecker.Text;

namespace OitChecker.Crawling;

/// <summary>
/// Recognises answers that ask for a login: 401/403, a redirect to a login URL, or a page whose main
/// content is a password form. Evidence behind a login does not count for the assessor.
/// </summary>
public static class LoginDetector
{
    private static readonly string[] UrlWords = ["login", "signin", "sign-in", "logon", "wp-login", "/auth", "member/login", "/admin/index"];

    private static readonly string[] TitleWords = ["เข้าสู่ระบบ", "ลงชื่อเข้าใช้", "login", "log in", "sign in", "signin", "ล็อกอิน"];

    /// <summary>Why the answer asks for a login, or null.</summary>
    public static string? Detect(int status, string requestedUrl, string finalUrl, bool redirected, HtmlPage? page)
    {
        if (status is 401)
        {
            return "HTTP 401: authentication required";
        }

        if (status is 403)
        {
            return "HTTP 403: access forbidden";
        }

        if (redirected && IsLoginUrl(finalUrl) && !IsLoginUrl(requestedUrl))
        {
            return $"redirects to a login page ({finalUrl})";
        }

        if (page is null || !page.Forms.Any(f => f.HasPassword))
        {
            return null;
        }

        var head = ThaiFold.Fold((page.Title ?? string.Empty) + " " + (page.FirstHeading ?? string.Empty));
        if (TitleWords.Any(w => ThaiFold.ContainsFolded(head, ThaiFold.Fold(w))))
        {
            return "a password form under a login title";
        }

        return page.Text.Length < 1500 ? "a password form is the main content" : null;
    }

    private static bool IsLoginUrl(string url) =>
        UrlWords.Any(w => url.Contains(w, StringComparison.OrdinalIgnoreCase));
}
