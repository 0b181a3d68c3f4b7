namespace Rocb.Api.Common.Email;

/// <summary>
/// Outgoing e-mail (section <c>Rocb:Email</c>, e.g. <c>Rocb__Email__SmtpHost</c>). E-mail is configured only when both
/// <see cref="SmtpHost"/> and <see cref="FromAddress"/> are set; otherwise nothing is sent and features say so.
/// </summary>
public sealed class EmailOptions
{
    public const string Section = "Rocb:Email";

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    /// <summary>STARTTLS after connecting (port 587). False: plain SMTP, or implicit TLS when the port is 465.</summary>
    public bool UseStartTls { get; set; } = true;
    /// <summary>Signs in to the SMTP server only when set.</summary>
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? FromAddress { get; set; }
    public string FromName { get; set; } = "WCO ROCB Asia/Pacific";
    /// <summary>Connect/send timeout: a server that does not answer fails the send, it does not hang the request.</summary>
    public int TimeoutSeconds { get; set; } = 15;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SmtpHost) && !string.IsNullOrWhiteSpace(FromAddress);
}
