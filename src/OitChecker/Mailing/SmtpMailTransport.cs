using System.Net.Security;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using OitChecker.Sites;

namespace OitChecker.Mailing;

/// <summary>
/// SMTP through MailKit: STARTTLS by default, credentials read from the environment variables the site file
/// names (never from the file itself). Connects on first use and reconnects after a failure, so a retry
/// starts from a fresh connection.
/// </summary>
public sealed class SmtpMailTransport : IMailTransport
{
    private readonly MailSettings _settings;
    private readonly Func<string, string?> _environment;
    private readonly RemoteCertificateValidationCallback? _certificateValidation;
    private SmtpClient? _client;

    /// <param name="settings">Host, port, security and the names of the credential variables.</param>
    /// <param name="environment">Reads an environment variable (injectable for tests).</param>
    /// <param name="certificateValidation">Overrides server certificate validation (tests with a self-signed certificate); null = system validation.</param>
    public SmtpMailTransport(MailSettings settings, Func<string, string?>? environment = null, RemoteCertificateValidationCallback? certificateValidation = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            throw new ArgumentException("mail.smtp.host is not set; SMTP delivery needs a server.", nameof(settings));
        }

        _settings = settings;
        _environment = environment ?? Environment.GetEnvironmentVariable;
        _certificateValidation = certificateValidation;
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var client = await ConnectAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
        }
        catch
        {
            await DropAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is { IsConnected: true } c)
        {
            try
            {
                await c.DisconnectAsync(quit: true);
            }
            catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or OperationCanceledException)
            {
                // The server went away first; nothing to tidy up.
            }
        }

        _client?.Dispose();
        _client = null;
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }

        await DropAsync();
        var client = new SmtpClient { Timeout = 60_000 };
        if (_certificateValidation is not null)
        {
            client.ServerCertificateValidationCallback = _certificateValidation;
        }

        _client = client;
        var security = _settings.Security switch
        {
            SmtpSecurity.Ssl => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(_settings.SmtpHost!, _settings.SmtpPort, security, cancellationToken);
        var user = _settings.UserEnv is null ? null : _environment(_settings.UserEnv);
        var password = _settings.PasswordEnv is null ? null : _environment(_settings.PasswordEnv);
        if (!string.IsNullOrEmpty(user))
        {
            await client.AuthenticateAsync(user, password ?? string.Empty, cancellationToken);
        }

        return client;
    }

    private async Task DropAsync()
    {
        if (_client is null)
        {
            return;
        }

        await DisposeAsync();
    }
}
