using MimeKit;

namespace OitChecker.Mailing;

/// <summary>A message decided on for a run: its kind, the division it is for (null for the administrators), the message.</summary>
public sealed record ComposedMail(MailKind Kind, string? Division, MimeMessage Message);
