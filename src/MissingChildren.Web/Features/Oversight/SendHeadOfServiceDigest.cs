using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mediator;
using MissingChildren.Data;
using MissingChildren.Domain;
using MissingChildren.Domain.Notices;
using MissingChildren.Domain.Policy;
using MissingChildren.Domain.Time;
using MissingChildren.Web.Features.Reports;
using MissingChildren.Web.Infrastructure.Email;
using MissingChildren.Web.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MissingChildren.Web.Features.Oversight;

/// <summary>
/// R35 (001 §5.2): each working morning, where the profile says so, each Head of Service is e-mailed the update on every
/// missing child of the service (<see cref="HeadOfServiceUpdate"/>, as the report's default period: yesterday and today).
/// The subject is fixed; the body names no child and holds no free text: one line a child by local ID with the yes/no and
/// date fields, and a link to the report. Each Head of Service also gets a notice linking to it, whose id is made from the
/// day and the person: a second run that day, on this node or another, cannot add it again and so sends nothing.
/// </summary>
public static partial class SendHeadOfServiceDigest
{
    public sealed record Command : ICommand<Result>;

    /// <param name="Sent">E-mails sent by this run.</param>
    public sealed record Result(int Sent);

    /// <summary>The same every day: an e-mail subject never carries a child's details.</summary>
    public const string Subject = "MissingChildren: the Head of Service update";

    public sealed partial class Handler(AppDbContext db, HeadOfServiceUpdate update, PolicyProfile profile, WorkingCalendar calendar, IEmailSender email,
        IOptions<EmailOptions> options, TimeProvider clock, ILogger<Handler> logger) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var today = calendar.LocalDate(now);
            if (profile.Oversight.HeadOfServiceUpdate is not { EmailedEachWorkingMorning: true } || !calendar.IsWorkingDay(today))
            {
                return new Result(0);
            }

            var heads = await db.UserRoles
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, Role = r.Name })
                .Where(x => x.Role == Roles.HeadOfService)
                .Join(db.Users, x => x.UserId, u => u.Id, (_, u) => new { u.Id, u.Email, u.DeactivatedAt })
                .Where(u => u.DeactivatedAt == null && u.Email != null)
                .ToListAsync(cancellationToken);
            if (heads.Count == 0)
            {
                return new Result(0);
            }

            var rows = await update.ReadAsync(null, calendar.StartOfDay(today.AddDays(-1)), calendar.StartOfDay(today.AddDays(1)), now, cancellationToken);
            var body = Body(today, rows, options.Value.BaseUrl);
            var sent = 0;
            foreach (var head in heads)
            {
                var notice = new Notice
                {
                    Id = NoticeId(today, head.Id),
                    UserId = head.Id,
                    CreatedAt = now,
                    Title = $"The Head of Service update for {today.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}",
                    Link = Links.Report(ReportCatalog.HeadOfServiceUpdate),
                    EmailStatus = EmailStatus.NotSent,
                };
                db.Add(notice);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException ex) when (ex.IsUniqueViolation())
                {
                    db.ChangeTracker.Clear();
                    continue; // Today's has been sent to them already (another run or node).
                }

                if (!options.Value.Enabled)
                {
                    continue;
                }

                await email.SendAsync(head.Email!, Subject, body, cancellationToken);
                notice.EmailStatus = EmailStatus.Sent;
                notice.EmailSentAt = now;
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }

            LogSent(logger, sent, rows.Count);
            return new Result(sent);
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Head of Service update e-mailed to {Sent} people, {Children} children")]
        private static partial void LogSent(ILogger logger, int sent, int children);
    }

    /// <summary>The e-mail's text: counts, then one line a child by local ID with yes/no and dates only, then the link.</summary>
    public static string Body(DateOnly day, IReadOnlyList<HeadOfServiceUpdate.Row> rows, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(baseUrl);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The Head of Service update for {DeadlineText.LocalDate(day)}: {rows.Count(r => r.MissingNow)} missing now, ")
            .Append(CultureInfo.InvariantCulture, $"{rows.Count} missing since yesterday or still missing.\n\n");
        if (rows.Count > 0)
        {
            text.Append("One line a child, by local ID: missing now; missing from; episodes in the last six months; returned; RHI offered; ")
                .Append("RHI held, declined or no contact; parents or carers engaged; exploitation risk assessment completed; Serious Incident Notification sent.\n\n");
            foreach (var r in rows)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{r.LocalId}: {YesNo(r.MissingNow)}; {When(r.MissingFrom)}; {r.EpisodesInSixMonths}; {When(r.Returned)}; {When(r.RhiOffered)}; ")
                    .Append(CultureInfo.InvariantCulture,
                        $"{r.RhiOutcome ?? "-"} {When(r.RhiConcludedOn)}; {YesNo(r.ParentsEngaged)}; {When(r.ExploitationAssessed)}; {When(r.SinSent)}\n");
            }

            text.Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"Open the update in MissingChildren: {baseUrl.TrimEnd('/')}{Links.Report(ReportCatalog.HeadOfServiceUpdate)}\n\n")
            .Append("You are receiving this as a Head of Service. Sign in to see the children's details.\n");
        return text.ToString();
    }

    /// <summary>Today's notice for this person: the same id on every node, so it is added once.</summary>
    public static Guid NoticeId(DateOnly day, string userId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"head-of-service-update/{day:yyyy-MM-dd}/{userId}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static string YesNo(bool? value) => value switch { true => "Yes", false => "No", null => "-" };

    private static string When(DateTimeOffset? at) => at is { } value ? DeadlineText.Local(value) : "-";
}
