using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Rocb.Api.Common.Email;

/// <summary>SMTP with MailKit. Not configured (no host or sender): sends nothing and says so.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    private readonly EmailOptions _options = options.Value;

    public bool IsConfigured => _options.IsConfigured;

    public async Task<IReadOnlyList<EmailSendResult>> SendAsync(IReadOnlyList<EmailMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return [];
        if (!IsConfigured) return messages.Select(_ => EmailSendResult.Failed("No e-mail is configured.")).ToList();

        using var client = new SmtpClient { Timeout = _options.TimeoutSeconds * 1000 };
        try
        {
            var security = _options.UseStartTls ? SecureSocketOptions.StartTls
                : _options.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.None;
            await client.ConnectAsync(_options.SmtpHost!, _options.SmtpPort, security, cancellationToken);
            if (!string.IsNullOrEmpty(_options.UserName))
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "SMTP server {Host}:{Port} unavailable", _options.SmtpHost, _options.SmtpPort);
            var reason = $"The e-mail server ({_options.SmtpHost}:{_options.SmtpPort}) could not be reached: {e.Message}";
            return messages.Select(_ => EmailSendResult.Failed(reason)).ToList();
        }

        var results = new List<EmailSendResult>(messages.Count);
        foreach (var message in messages)
        {
            try
            {
                await client.SendAsync(ToMime(message), cancellationToken);
                results.Add(EmailSendResult.Ok);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "E-mail \"{Subject}\" not sent", message.Subject);
                results.Add(EmailSendResult.Failed($"The e-mail server refused the message: {e.Message}"));
                // A broken connection fails the rest with the same reason rather than an exception each.
                if (!client.IsConnected)
                {
                    results.AddRange(messages.Skip(results.Count).Select(_ => EmailSendResult.Failed($"The e-mail server closed the connection: {e.Message}")));
                    break;
                }
            }
        }

        try { await client.DisconnectAsync(true, CancellationToken.None); }
        catch (Exception e) when (e is ServiceNotConnectedException or IOException or SmtpProtocolException)
        {
            // The messages were accepted; a failed QUIT changes nothing.
        }
        return results;
    }

    private MimeMessage ToMime(EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(_options.FromName, _options.FromAddress!));
        foreach (var to in message.To) mime.To.Add(MailboxAddress.Parse(to));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.Body };
        return mime;
    }
}
