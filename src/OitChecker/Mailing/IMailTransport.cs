using MimeKit;

namespace OitChecker.Mailing;

/// <summary>Sends one message; throws when the server did not accept it. The seam between the outbox and SMTP.</summary>
public interface IMailTransport : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
