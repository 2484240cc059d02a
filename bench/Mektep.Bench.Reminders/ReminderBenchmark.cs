using System.Diagnostics;
using System.Globalization;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Engine.Data;
using Mektep.Engine.Security;
using Mektep.Notifications.Models;
using Mektep.Notifications.Services;
using Mektep.Reminders.Models;
using Mektep.Reminders.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Bench.Reminders;

/// <summary>Entry point of the reminder benchmark.</summary>
internal static class ReminderBenchmark
{
    public static async Task Main(string[] args)
    {
        // Usage: dotnet run -c Release --project bench/Mektep.Bench.Reminders [-- --learners 2500 --enrollments 10
        //   --smtp-host 127.0.0.1 --smtp-port 2525 --drainers 4 --postgres "Host=...;Database=..."]
        // Without --postgres the site runs on a temporary SQLite file. Prints one Markdown table row.
        // --drainers: outbox drains running side by side, as the job server's workers do (Jobs:WorkerCount, by default
        // twice the cores up to 10); each claims its own batch and opens its own SMTP connection.
        var (learners, enrollments, smtpHost, smtpPort) = (2500, 10, "127.0.0.1", 2525);
        var drainers = Math.Min(Environment.ProcessorCount * 2, 10);
        string? postgres = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            switch (args[i])
            {
                case "--learners": learners = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--enrollments": enrollments = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--smtp-host": smtpHost = args[i + 1]; break;
                case "--smtp-port": smtpPort = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--drainers": drainers = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--postgres": postgres = args[i + 1]; break;
            }
        }

        var root = Path.Combine(Path.GetTempPath(), "mektep-bench-reminders-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var provider = postgres is null ? "Sqlite" : "PostgreSql";
        var connection = postgres ?? $"Data Source={Path.Combine(root, "bench.db")}";
        await using var site = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseContentRoot(root);
            // The content root is a temporary folder without the site's appsettings.json: keep its log levels, or every SQL
            // command is written to the console and the benchmark measures the logger.
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
            builder.UseSetting("Database:Provider", provider);
            builder.UseSetting("ConnectionStrings:Mektep", connection);
            builder.UseSetting("Jobs:Server", "false");
            builder.UseSetting("Mail:PickupFolder", Path.Combine(root, "mail"));
            builder.UseSetting("Notifications:Smtp:Host", smtpHost);
            builder.UseSetting("Notifications:Smtp:Port", smtpPort.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("Notifications:Smtp:Security", "None");
            builder.UseSetting("Notifications:PublicBaseUrl", "http://localhost");
        });
        _ = site.Server;

        // Only "due soon" is on: the sweep looks at every enrollment, and one course in ten is due in three days,
        // so one reminder is owed per learner.
        var courseSets = new List<string>();
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            await db.Set<ReminderRule>().ExecuteUpdateAsync(s => s.SetProperty(r => r.Enabled, false));
            await db.Set<ReminderRule>().Where(r => r.Type == ReminderType.DueSoon)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Enabled, true).SetProperty(r => r.Days, 7).SetProperty(r => r.Email, true).SetProperty(r => r.InApp, true));
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            for (var c = 0; c < enrollments; c++)
            {
                var lesson = await content.NewAsync(CourseTypes.Lesson);
                lesson.Culture = "kk";
                lesson.Apply(new TitlePart { Title = $"Сабақ {c}" });
                lesson = await content.CreateAsync(lesson, publish: true);
                var course = await content.NewAsync(CourseTypes.Course);
                course.Culture = "kk";
                course.Apply(new TitlePart { Title = $"Ауылдық округтің бюджеті {c}" });
                course.Apply(new CoursePart
                {
                    EstimatedHours = 12,
                    DueUtc = c == 0 ? DateTime.UtcNow.AddDays(3) : DateTime.UtcNow.AddDays(60),
                    Sections = [new CourseSection { Title = "1", Items = [new CourseOutlineItem { ItemSet = lesson.LocalizationSet }] }],
                });
                course = await content.CreateAsync(course, publish: true);
                courseSets.Add(course.LocalizationSet);
            }
        }

        var userIds = new List<string>(learners);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MektepDbContext>();
            var hash = new PasswordHasher<SiteUser>().HashPassword(new SiteUser(), "Bench-Password-1");
            for (var i = 0; i < learners; i++)
            {
                var email = $"akim{i:D5}@bench.test";
                var user = new SiteUser
                {
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    DisplayName = $"Әкім {i:D5}",
                    PasswordHash = hash,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    CreatedUtc = DateTime.UtcNow,
                };
                db.Add(user);
                userIds.Add(user.Id);
            }

            await db.SaveChangesAsync();
        }

        foreach (var courseSet in courseSets)
        {
            await using var scope = site.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<EnrollmentAdministration>().EnrollAsync(courseSet, userIds, EnrollmentSources.Admin);
        }

        var sweepWatch = Stopwatch.StartNew();
        SweepResult sweep;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            sweep = await scope.ServiceProvider.GetRequiredService<ReminderSweeper>().SweepAsync();
        }

        sweepWatch.Stop();

        // What the send jobs do: re-check each reminder, compose it, write the outbox row and the site notification.
        var sendWatch = Stopwatch.StartNew();
        var sent = 0;
        foreach (var batch in sweep.Added.Chunk(ReminderSweeper.SendBatchSize))
        {
            await using var scope = site.Services.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<ReminderSender>();
            foreach (var id in batch)
            {
                sent += await sender.SendAsync(id) == SendOutcome.Sent ? 1 : 0;
            }
        }

        sendWatch.Stop();

        var deliverWatch = Stopwatch.StartNew();
        var delivered = 0;
        var failed = 0;
        await Task.WhenAll(Enumerable.Range(0, drainers).Select(_ => Task.Run(async () =>
        {
            while (Volatile.Read(ref failed) == 0)
            {
                await using var scope = site.Services.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<OutboxDrainer>().DrainOnceAsync();
                Interlocked.Add(ref delivered, result.Sent);
                Interlocked.Add(ref failed, result.Failed);
                if (result.Claimed == 0)
                {
                    return;
                }
            }
        })));
        if (failed > 0)
        {
            Console.Error.WriteLine($"{failed} messages failed; is an SMTP server listening on {smtpHost}:{smtpPort}?");
        }

        deliverWatch.Stop();
        int left;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            left = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<OutboxMessage>().CountAsync(m => m.Status != OutboxStatus.Sent);
        }

        Console.WriteLine("| provider | learners x enrollments | owed | sweep (s) | sends (s) | drainers | delivered | delivery (s) | messages/s | not sent |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | {learners} x {enrollments} | {sweep.Added.Count} | {sweepWatch.Elapsed.TotalSeconds:F2} | {sendWatch.Elapsed.TotalSeconds:F1} | {drainers} | {delivered} | {deliverWatch.Elapsed.TotalSeconds:F1} | {delivered / deliverWatch.Elapsed.TotalSeconds:F0} | {left} |"));
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Left to the temp folder's cleanup.
        }
    }
}
