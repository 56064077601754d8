using Mediator;
using MissingChildren.Domain.Notices;
using MissingChildren.Data;
using MissingChildren.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Features.Notices;

/// <summary>
/// Sends the e-mail for each pending notice (an outbox: a failure is retried on the next run, up to five times).
/// The subject never names a child; the body links to the record by id.
/// </summary>
public static partial class SendNoticeEmails
{
    public sealed record Command : ICommand<Result>;

    public sealed record Result(int Sent, int NotSent);

    public const int MaxAttempts = 5;

    /// <summary>The same for every notice, whatever it is about: a subject never carries a child's details.</summary>
    public const string Subject = "MissingChildren: you have a new notice";

    public sealed partial class Handler(AppDbContext db, IEmailSender email, IOptions<EmailOptions> options, TimeProvider clock, ILogger<Handler> logger)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var pending = await db.Set<Notice>()
                .Where(n => n.EmailStatus == EmailStatus.Pending)
                .OrderBy(n => n.CreatedAt)
                .Take(200)
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { Notice = n, u.Email })
                .ToListAsync(cancellationToken);

            int sent = 0, notSent = 0;
            foreach (var item in pending)
            {
                var notice = item.Notice;
                if (!options.Value.Enabled || string.IsNullOrWhiteSpace(item.Email))
                {
                    notice.EmailStatus = EmailStatus.NotSent;
                    notSent++;
                    continue;
                }

                try
                {
                    notice.EmailAttempts++;
                    await email.SendAsync(item.Email, Subject, Body(notice), cancellationToken);
                    notice.EmailStatus = EmailStatus.Sent;
                    notice.EmailSentAt = clock.GetUtcNow();
                    sent++;
                }
                catch (Exception ex) when (ex is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or MailKit.Security.AuthenticationException or System.Net.Sockets.SocketException)
                {
                    LogFailed(logger, notice.Id, ex.GetType().Name);
                    if (notice.EmailAttempts >= MaxAttempts)
                    {
                        notice.EmailStatus = EmailStatus.NotSent;
                        notSent++;
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Result(sent, notSent);
        }

        private string Body(Notice notice) =>
            $"""
            {notice.Title}

            Open it in MissingChildren: {options.Value.BaseUrl.TrimEnd('/')}{notice.Link}

            You are receiving this because work in MissingChildren has come to you. Sign in to see the details.
            """;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail notice {NoticeId}: {Error}; it will be tried again")]
        private static partial void LogFailed(ILogger logger, Guid noticeId, string error);
    }
}
