using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Mektep.Bench;

/// <summary>Seeds, starts the site, loads each page and its bare twin with wrk, and writes the report.</summary>
internal static partial class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = BenchOptions.Parse(args);
        var log = Console.Out;

        await log.WriteLineAsync($"Seeding {options.Courses} courses x {options.LessonsPerCourse} lessons and {options.Learners} learners...");
        var seedClock = Stopwatch.StartNew();
        var seeded = await Seeder.SeedAsync(options, log);
        await log.WriteLineAsync($"Seeded in {seedClock.Elapsed.TotalSeconds:F0} s.");

        await using var site = await SiteProcess.StartAsync(options);
        await log.WriteLineAsync($"Site answered its home page {site.StartupToFirstPage.TotalMilliseconds:F0} ms after start.");

        // Seeding enrolled thousands of people: each enrollment queued a welcome message and its learning events queued
        // jobs (about 5,000 at the full scale), which the site works through in its first minute or two. The pages are
        // measured once it has, on a site in its steady state, not one draining a backlog beside the load.
        var quiet = Stopwatch.StartNew();
        var backlog = await WaitForQuietAsync(options.ConnectionString, TimeSpan.FromMinutes(5));
        await log.WriteLineAsync(backlog == 0
            ? $"Seeding's jobs and messages done after {quiet.Elapsed.TotalSeconds:F0} s."
            : $"{backlog} of seeding's jobs and messages still waiting after {quiet.Elapsed.TotalSeconds:F0} s; measuring anyway.");

        // One learner's page is the bytes the bare server answers with; the load itself signs everyone in afresh per page.
        var captureCookie = await SignInAsync(site.Address, Seeder.LearnerEmail(0));

        var targets = new List<Target>
        {
            new("lesson", "Lesson page, signed-in learner", $"/courses/{seeded.CourseId}/lessons/{seeded.LessonId}", SignedIn: true, Goal: 0.3, P99GoalMs: 20),
            new("course", "Course page, signed-in learner", $"/courses/{seeded.CourseId}", SignedIn: true, Goal: null),
            new("my", "My learning, signed-in learner", "/my", SignedIn: true, Goal: null),
            new("catalogue", "Catalogue, anonymous", "/courses", SignedIn: false, Goal: 0.6),
            new("home", "Home, anonymous", "/", SignedIn: false, Goal: 0.6),
            new("verify", "Certificate verification, anonymous", $"/verify/{seeded.VerificationCode}", SignedIn: false, Goal: 0.6),
        };
        targets.RemoveAll(t => options.Pages is { } only && !only.Contains(t.Key));

        var pages = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var target in targets)
        {
            pages[target.Path] = await CaptureAsync(site.Address, target, target.SignedIn ? captureCookie : null);
        }

        await using var bare = await BareServer.StartAsync(pages);
        var rows = new List<Row>();
        foreach (var target in targets)
        {
            var siteUrl = new Uri(site.Address, target.Path);
            var bareUrl = new Uri(bare.Address, target.Path);
            // Fresh sign-ins for each signed-in page: a browser keeps the cookie the site renews, but wrk replays the
            // same ones, and a cookie older than the security-stamp interval (one minute) would make every request
            // reload the user, their roles and claims and issue a new cookie, which no real session does.
            var siteCookies = target.SignedIn ? await SignInAllAsync(site.Address, options.Learners) : null;

            // A short warm-up of each so JIT and caches are not measured.
            await Wrk.RunAsync(bareUrl, options.Connections, 2);
            await Wrk.RunAsync(siteUrl, options.Connections, 3, siteCookies);
            var bareResult = await Wrk.RunAsync(bareUrl, options.Connections, options.Seconds);
            var siteResult = await Wrk.RunAsync(siteUrl, options.Connections, options.Seconds, siteCookies);
            rows.Add(new Row(target, pages[target.Path].Length, siteResult, bareResult));
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{target.Name}: {siteResult.RequestsPerSecond:F0} rps (p50 {siteResult.P50Ms:F1} ms, p99 {siteResult.P99Ms:F1} ms, {siteResult.Errors} errors) vs bare {bareResult.RequestsPerSecond:F0} rps = {siteResult.RequestsPerSecond / bareResult.RequestsPerSecond:F2}"));
        }

        QuizSessionResult? session = null;
        if (options.QuizLearners > 0)
        {
            await log.WriteLineAsync($"National session: {options.QuizLearners} examinees submit a {Seeder.QuizQuestions}-question exam within {options.QuizWindowSeconds} s...");
            session = await QuizSession.RunAsync(site.Address, bare, seeded.QuizId, options, log);
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Submits: {session.Site.Ok} ok, {session.Site.Errors} errors, p50 {session.Site.P50Ms:F1} ms, p99 {session.Site.P99Ms:F1} ms (slowest 1% sent {session.Site.SlowestSentSeconds.From:F0}-{session.Site.SlowestSentSeconds.To:F0} s into the window); bare p50 {session.Bare.P50Ms:F1} ms, p99 {session.Bare.P99Ms:F1} ms; stored {session.StoredAttempts}{(session.Site.FirstError is { } error ? "; first error: " + error : "")}{(session.Bare.FirstError is { } bareError ? "; bare's first error: " + bareError : "")}"));
        }

        var memory = site.WorkingSet();
        var report = Report(options, site.StartupToFirstPage, rows, memory, session);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.ReportPath))!);
        var existing = File.Exists(options.ReportPath) ? await File.ReadAllTextAsync(options.ReportPath) : "";
        await File.WriteAllTextAsync(options.ReportPath, ReplaceSection(existing, report));
        await log.WriteLineAsync($"Wrote {options.ReportPath}.");
        return rows.Any(r => r.Site.Errors > 0) || session is { } s && (s.Site.Errors > 0 || s.StoredAttempts != s.Site.Ok || s.Steps.Any(step => step.Site.Errors > 0)) ? 1 : 0;
    }

    private static async Task<List<string>> SignInAllAsync(Uri site, int learners)
    {
        var cookies = new List<string>();
        for (var i = 0; i < learners; i++)
        {
            cookies.Add(await SignInAsync(site, Seeder.LearnerEmail(i)));
        }

        return cookies;
    }

    /// <summary>
    /// The report is one section of docs/benchmarks.md, between two markers; the other benchmarks' sections (written
    /// by hand from their own commands) stay as they are. A file without the markers gets the section on top.
    /// </summary>
    private static string ReplaceSection(string document, string section)
    {
        var block = $"{SectionStart}\n{section.TrimEnd()}\n{SectionEnd}\n";
        var start = document.IndexOf(SectionStart, StringComparison.Ordinal);
        var end = document.IndexOf(SectionEnd, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return block + (document.Length == 0 ? "" : "\n" + document);
        }

        var after = end + SectionEnd.Length;
        var rest = document[after..].TrimStart('\n');
        return document[..start] + block + (rest.Length == 0 ? "" : "\n" + rest);
    }

    private const string SectionStart = "<!-- bench/run.sh writes from here -->";

    private const string SectionEnd = "<!-- bench/run.sh writes up to here -->";

    private static async Task<string> SignInAsync(Uri site, string email)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = site };
        var page = await client.GetStringAsync("/account/login");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = Seeder.LearnerPassword,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}.");
        }

        return cookies.GetCookieHeader(site);
    }

    private static async Task<byte[]> CaptureAsync(Uri site, Target target, string? cookie)
    {
        using var client = new HttpClient { BaseAddress = site };
        using var request = new HttpRequestMessage(HttpMethod.Get, target.Path);
        request.Headers.AcceptLanguage.ParseAdd("kk");
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Waits until no message waits in the outbox and no job is queued or running; answers how many still are.</summary>
    private static async Task<long> WaitForQuietAsync(string connectionString, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            """
            SELECT (SELECT count(*) FROM "OutboxMessages" WHERE "Status" IN ('Pending', 'Sending'))
                 + (SELECT count(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing'))
            """,
            connection);
        while (true)
        {
            var left = (long)(await command.ExecuteScalarAsync())!;
            if (left == 0 || clock.Elapsed > deadline)
            {
                return left;
            }

            // Polling is the wait here: the site's job server and drain job run on their own schedule.
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static string Report(BenchOptions options, TimeSpan startup, IReadOnlyList<Row> rows, (long Current, long Peak) memory, QuizSessionResult? session)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine("# Benchmarks").AppendLine();
        text.AppendLine(invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC at commit `{Git("rev-parse --short HEAD")}` by `bash bench/run.sh` on {Environment.ProcessorCount} cores ({CpuModel()}),");
        text.AppendLine(invariant, $"PostgreSQL 15 on loopback, the site published in Release and run as its own process. Data: {options.Courses} courses x");
        text.AppendLine(invariant, $"{options.LessonsPerCourse} lessons (about 4 KB of Markdown each), {options.Learners} learners enrolled in the first course; signed-in");
        text.AppendLine(invariant, $"requests rotate the learners' cookies. Load: `wrk -t2 -c{options.Connections} -d{options.Seconds}s` after a warm-up; wrk and the server share the cores.");
        text.AppendLine("The baseline is a bare Kestrel endpoint answering the same bytes as the page, measured in the same run; the");
        text.AppendLine("ratio (site rps / bare rps) is the headline, because absolute numbers move with the machine.").AppendLine();
        text.AppendLine("| Page | Bytes | Site rps | p50 ms | p99 ms | Errors | Bare rps | Ratio | Goal |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var ratio = row.Site.RequestsPerSecond / row.Bare.RequestsPerSecond;
            var reached = ratio >= row.Target.Goal && !(row.Site.P99Ms > row.Target.P99GoalMs);
            var goal = row.Target.Goal is not { } g ? ""
                : string.Create(invariant, $">= {g:F1}{(row.Target.P99GoalMs is { } p ? $", p99 < {p:F0} ms" : "")} {(reached ? "met" : "**not met**")}");
            text.AppendLine(invariant, $"| {row.Target.Name} | {row.Bytes} | {row.Site.RequestsPerSecond:F0} | {row.Site.P50Ms:F1} | {row.Site.P99Ms:F1} | {row.Site.Errors} | {row.Bare.RequestsPerSecond:F0} | {ratio:F2} | {goal} |");
        }

        text.AppendLine();
        text.AppendLine("The lesson page is one lesson opened again and again by its learners. Once the page and each learner's header have");
        text.AppendLine("been rendered (in the warm-up), a view is answered from the page's kept shell (`PageShellAttribute`) with the");
        text.AppendLine("learner's own header, unread count and done state put in, and recorded as a render records it (a write at most");
        text.AppendLine("every 30 s per learner and lesson). The course page and My learning are rendered on every request: their rows");
        text.AppendLine("show what a full render of a signed-in page costs. The anonymous pages are answered from the copy the site last sent");
        text.AppendLine("(`PublicPageCache`), first in the pipeline, before routing, authentication and localization.").AppendLine();
        text.AppendLine(invariant, $"- Start-up to first page (process start to the home page's first 200, seeded database): **{startup.TotalMilliseconds:F0} ms** (goal < 3000 ms).");
        text.AppendLine(invariant, $"- Working set of the site after the load: {memory.Current / 1048576.0:F0} MB now, **{memory.Peak / 1048576.0:F0} MB peak** (goal < 400 MB).");
        if (session is null)
        {
            return text.ToString();
        }

        text.AppendLine();
        text.AppendLine(invariant, $"## The exam's steps at {options.Connections} connections").AppendLine();
        text.AppendLine(invariant, $"The same {session.Learners} examinees, each signed in with the exam page open: every one presses \"Start\" ({options.Connections} posts in");
        text.AppendLine(invariant, $"flight at a time, each writing an attempt with its drawn questions), then the autosave script's post of one changed answer");
        text.AppendLine(invariant, $"(a number changed back and forth, so every save writes) is repeated for {options.Seconds} s, each of the {options.Connections} connections");
        text.AppendLine("taking the next examinee's attempt. The bare server reads the same forms and answers the same redirect or JSON.").AppendLine();
        text.AppendLine("| Step | Requests | Errors | Site /s | p50 ms | p99 ms | Bare /s | Bare p99 ms | Ratio |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var step in session.Steps)
        {
            text.AppendLine(invariant, $"| {step.Name} | {step.Site.Requests} | {step.Site.Errors} | {step.Site.PerSecond:F0} | {step.Site.P50Ms:F1} | {step.Site.P99Ms:F1} | {step.Bare.PerSecond:F0} | {step.Bare.P99Ms:F1} | {step.Site.PerSecond / step.Bare.PerSecond:F2} |");
        }

        text.AppendLine();
        text.AppendLine("## National session: the exam submitted by every examinee within a minute (issue [4])").AppendLine();
        text.AppendLine(invariant, $"{session.Learners} examinees signed in and started a {Seeder.QuizQuestions}-question exam (single choice, true/false and numeric");
        text.AppendLine(invariant, $"questions, all on one page) beforehand; then each submitted the whole form at their moment of an even schedule over");
        text.AppendLine(invariant, $"{session.WindowSeconds} s, timed from send to the site's redirect to the result (grading included). The same schedule of posts");
        text.AppendLine("against the bare server (which reads the form and answers the same redirect) is the baseline.").AppendLine();
        text.AppendLine("| Target | Submits answered | Errors | p50 ms | p99 ms | Max ms | Submits/s |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        text.AppendLine(invariant, $"| Site | {session.Site.Ok} | {session.Site.Errors} | {session.Site.P50Ms:F1} | {session.Site.P99Ms:F1} | {session.Site.MaxMs:F1} | {session.Site.PerSecond:F1} |");
        text.AppendLine(invariant, $"| Bare | {session.Bare.Ok} | {session.Bare.Errors} | {session.Bare.P50Ms:F1} | {session.Bare.P99Ms:F1} | {session.Bare.MaxMs:F1} | {session.Bare.PerSecond:F1} |");
        text.AppendLine();
        var met = session.Site.Errors == 0 && session.StoredAttempts == session.Site.Ok && session.Site.P99Ms < 250;
        text.AppendLine(invariant, $"- Submitted attempts stored in the database: **{session.StoredAttempts}** of {session.Site.Ok} answered.");
        text.AppendLine(invariant, $"- Goal (zero errors, stored = submitted, p99 of a submit under 250 ms): **{(met ? "met" : "not met")}**.");
        return text.ToString();
    }

    private static string Git(string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, UseShellExecute = false });
            var output = process!.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static string CpuModel()
        => File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <param name="Key">The page's name on the command line (<c>--pages lesson</c>).</param>
    /// <param name="Name">The page's name in the report.</param>
    /// <param name="Path">The address loaded.</param>
    /// <param name="SignedIn">Whether the load carries learners' cookies.</param>
    /// <param name="Goal">The least ratio to bare the page must reach, if it has a goal.</param>
    /// <param name="P99GoalMs">The most its p99 may take, if it has such a goal.</param>
    private sealed record Target(string Key, string Name, string Path, bool SignedIn, double? Goal, double? P99GoalMs = null);

    private sealed record Row(Target Target, int Bytes, WrkResult Site, WrkResult Bare);
}
