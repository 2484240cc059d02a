using System.Diagnostics;
using System.Globalization;
using Mektep.Certificates.Models;
using Mektep.Certificates.Services;
using Mektep.Content;
using Mektep.Courses.Models;
using Mektep.Courses.Services;
using Mektep.Engine.Data;
using Mektep.Engine.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mektep.Bench.Certificates;

/// <summary>Entry point of the certificate batch benchmark.</summary>
internal static class CertificateBatchBenchmark
{
    public static async Task Main(string[] args)
    {

        // Usage: dotnet run -c Release --project bench/Mektep.Bench.Certificates [-- --count 2500 --postgres "Host=...;Database=..."]
        // Without --postgres the site runs on a temporary SQLite file. Prints one Markdown table row.
        var count = 2500;
        string? postgres = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--count")
            {
                count = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
            else if (args[i] == "--postgres")
            {
                postgres = args[i + 1];
            }
        }

        var root = Path.Combine(Path.GetTempPath(), "mektep-bench-certificates-" + Guid.NewGuid().ToString("N"));
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
        });
        _ = site.Server;

        string courseSet;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var lesson = await content.NewAsync(CourseTypes.Lesson);
            lesson.Culture = "kk";
            lesson.Apply(new TitlePart { Title = "Сабақ" });
            lesson = await content.CreateAsync(lesson, publish: true);
            var course = await content.NewAsync(CourseTypes.Course);
            course.Culture = "kk";
            course.Apply(new TitlePart { Title = "Ауылдық округтің бюджеті" });
            course.Apply(new CoursePart { EstimatedHours = 72, Sections = [new CourseSection { Title = "1", Items = [new CourseOutlineItem { ItemSet = lesson.LocalizationSet }] }] });
            course = await content.CreateAsync(course, publish: true);
            courseSet = course.LocalizationSet;
            var template = await content.NewAsync(CertificateTypes.CertificateTemplate);
            template.Culture = "kk";
            template.Apply(new TitlePart { Title = "Сертификат" });
            template.Apply(new CertificateTemplatePart
            {
                CourseSet = courseSet,
                IssueOnCompletion = false,
                Body = "{{ learner_name }}\n«{{ course_title }}» курсын {{ completion_date }} аяқтады, {{ hours }} сағат.",
                Signatories = [new Signatory { Name = "Директор", Position = "Академия" }, new Signatory { Name = "Хатшы", Position = "Академия" }],
            });
            await content.CreateAsync(template, publish: true);
        }

        var userIds = new List<string>(count);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            // One password hash for everyone: hashing 2,500 passwords would dominate the set-up, not the benchmark.
            var db = scope.ServiceProvider.GetRequiredService<MektepDbContext>();
            var hash = new PasswordHasher<SiteUser>().HashPassword(new SiteUser(), "Bench-Password-1");
            for (var i = 0; i < count; i++)
            {
                var email = $"akim{i:D5}@bench.test";
                var name = $"Әкім Нұрланұлы {i:D5}";
                var user = new SiteUser
                {
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    DisplayName = name,
                    PasswordHash = hash,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    CreatedUtc = DateTime.UtcNow,
                };
                db.Add(user);
                userIds.Add(user.Id);
            }

            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<EnrollmentAdministration>().EnrollAsync(courseSet, userIds, EnrollmentSources.Admin);
            await db.Set<Enrollment>().Where(e => e.CourseSet == courseSet)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnrollmentStatus.Completed).SetProperty(e => e.CompletedUtc, DateTime.UtcNow));
        }

        // The PDF alone, for the breakdown: 50 renders of one snapshot.
        double pdfMs;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var pdf = scope.ServiceProvider.GetRequiredService<CertificatePdf>();
            var snapshot = new CertificateSnapshot { Title = "Сертификат", Body = "Әкім Нұрланұлы\n«Ауылдық округтің бюджеті»", LearnerName = "Әкім Нұрланұлы", Number = "2026-000001", VerifyUrl = "http://localhost/verify/AAAAABBBBBCCCCCDDDDD" };
            pdf.Render(snapshot);
            var pdfWatch = Stopwatch.StartNew();
            var size = 0;
            for (var i = 0; i < 50; i++)
            {
                size = pdf.Render(snapshot).Length;
            }

            pdfMs = pdfWatch.Elapsed.TotalMilliseconds / 50;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PDF alone: {pdfMs:F1} ms, {size / 1024} KB"));
        }

        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.PeakWorkingSet64;
        var watch = Stopwatch.StartNew();
        int issued;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            issued = (await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().IssueBulkAsync(courseSet, userIds, "kk")).Count;
        }

        watch.Stop();
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        Console.WriteLine("| provider | certificates | seconds | certificates/s | peak working set (MB) | before the batch (MB) |");
        Console.WriteLine("|---|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | {issued} | {watch.Elapsed.TotalSeconds:F1} | {issued / watch.Elapsed.TotalSeconds:F1} | {peak / 1048576.0:F0} | {before / 1048576.0:F0} |"));
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
