using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using MimeKit;
using OitChecker.Mailing;
using OitChecker.Reporting;
using OitChecker.Sites;

namespace OitChecker.Scheduling;

/// <summary>
/// Mails an outage (and its end) to the responsible divisions and the site administrators, in Thai, through the
/// same dispatcher as the reports: SMTP with retries, the outbox when the server is down, .eml only in outbox mode.
/// </summary>
public sealed class MailOutageNotifier(Func<string, SiteConfig?> siteOf, TimeProvider time, ILoggerFactory loggers) : IOutageNotifier
{
    private readonly ILogger _logger = loggers.CreateLogger<MailOutageNotifier>();

    public async Task NotifyAsync(OutageNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var site = siteOf(notice.SiteId);
        if (site is null || notice.Recipients.Count == 0 || site.Mail.Delivery == MailDelivery.None)
        {
            _logger.LogWarning("Outage {Change} of {Url} ({Site}) not mailed: no recipients or mail off", notice.Change, notice.Url, notice.SiteId);
            return;
        }

        var message = Build(notice, site);
        var dispatcher = new MailDispatcher(m => new SmtpMailTransport(m), time, loggers);
        await dispatcher.DispatchAsync([new ComposedMail(MailKind.Admin, null, message)], site.Mail, dryRun: false, cancellationToken);
    }

    /// <summary>The message: subject says what changed, the body lists the URL, items, since when and the last error.</summary>
    public static MimeMessage Build(OutageNotice notice, SiteConfig site)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(site);
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(site.Mail.FromName ?? site.NameTh, site.Mail.From));
        foreach (var to in notice.Recipients.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        var down = notice.Change == OutageChange.Started;
        message.Subject = down
            ? $"[OIT] เว็บไซต์เข้าไม่ได้: {notice.Url} ({site.NameTh})"
            : $"[OIT] เว็บไซต์กลับมาใช้งานได้: {notice.Url} ({site.NameTh})";
        var zone = ThaiDates.Zone(site.Schedule.TimeZone);
        string Local(DateTimeOffset t) => ThaiDates.ShortWithTime(ThaiDates.Local(t, zone));
        var sb = new StringBuilder()
            .Append(down ? "ระบบเฝ้าระวังตรวจพบว่า URL นี้เข้าไม่ได้ติดต่อกัน " : "URL นี้กลับมาเปิดได้แล้ว หลังจากเข้าไม่ได้ ")
            .Append(notice.FailedProbes.ToString(CultureInfo.InvariantCulture)).Append(" ครั้ง\n")
            .Append("URL: ").Append(notice.Url).Append('\n')
            .Append("รายการ OIT ที่ใช้ URL นี้: ").Append(notice.ItemCodes.Count == 0 ? "หน้าหลักของเว็บไซต์" : string.Join(", ", notice.ItemCodes)).Append('\n')
            .Append("เข้าไม่ได้ตั้งแต่: ").Append(Local(notice.DownSince)).Append(notice.DownSinceKnown ? string.Empty : " (โดยประมาณ)").Append('\n');
        if (notice.UpAt is { } up)
        {
            sb.Append("กลับมาใช้งานได้เมื่อ: ").Append(Local(up)).Append('\n');
        }

        if (down)
        {
            sb.Append("สถานะล่าสุด: ").Append(notice.LastStatus == 0 ? notice.LastError ?? "เชื่อมต่อไม่ได้" : "HTTP " + notice.LastStatus.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("\nผู้ประเมินของ ป.ป.ช. ตรวจ URL ที่ส่งไว้ได้ตลอดช่วงการประเมิน โปรดแก้ไขให้เข้าได้โดยเร็ว (มาตรการที่ 4.2)\n");
        }

        sb.Append("\n-- \nOitChecker · ข้อความนี้ส่งอัตโนมัติ\n");
        var body = new TextPart("plain") { Text = sb.ToString().ReplaceLineEndings("\r\n"), ContentTransferEncoding = ContentEncoding.Base64 };
        body.ContentType.Charset = "utf-8";
        message.Body = body;
        return message;
    }
}
