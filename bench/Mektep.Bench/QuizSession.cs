using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;

namespace Mektep.Bench;

/// <summary>
/// The national session of issue [4]: every examinee signs in, opens the exam and starts an attempt beforehand; then
/// all of them submit their 20 answers within one window (2,500 in 60 s by default), evenly spread, each submit timed
/// from send to the site's redirect to the result. The same schedule of posts against the bare server is the baseline.
/// Afterwards the database must hold exactly as many submitted attempts as submits were answered.
/// </summary>
internal static partial class QuizSession
{
    /// <summary>How many examinees sign in and start at once while preparing (not measured).</summary>
    private const int PrepareParallelism = 8;

    public static async Task<QuizSessionResult> RunAsync(Uri site, BareServer bare, string quizId, BenchOptions options, TextWriter log)
    {
        using var client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            MaxConnectionsPerServer = 256,
        })
        { BaseAddress = site, Timeout = TimeSpan.FromSeconds(60) };
        using var bareClient = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 256 }) { BaseAddress = bare.Address };

        var clock = Stopwatch.StartNew();
        var examinees = new Examinee[options.QuizLearners];
        await InParallelAsync(options.QuizLearners, async i => examinees[i] = await SignInAsync(client, Seeder.QuizLearnerEmail(i), quizId));
        await log.WriteLineAsync($"  {options.QuizLearners} examinees signed in with the exam page open in {clock.Elapsed.TotalSeconds:F0} s");

        // Starting: every examinee presses "Start", as many at once as the pages' load has connections; each start
        // writes an attempt with its drawn questions. The bare server reads the same form and answers the same redirect.
        var quizPath = $"/quizzes/{quizId}";
        var startSite = await ClosedLoopAsync(options.Connections, i => i < examinees.Length, i => StartAsync(client, examinees[i], quizPath));
        var starts = new QuizStep("Start an attempt", startSite, await ClosedLoopAsync(options.Connections, i => i < examinees.Length, i => PostAsync(bareClient, quizPath, examinees[i], examinees[i].Start, HttpStatusCode.Redirect)));
        await LogStepAsync(log, "starts", starts);

        await InParallelAsync(examinees.Length, async i => await OpenAttemptAsync(client, examinees[i]));

        // Saving: the autosave script's post of the answers so far, over and over for the measured seconds, each
        // connection taking the next examinee's attempt; the bare server answers the same JSON.
        var saveCount = 0;
        var duration = TimeSpan.FromSeconds(options.Seconds);
        string SavePath(Examinee e) => e.AttemptPath + "/answers";
        Task<LoadRun> SavesAsync(HttpClient target)
        {
            var clock = Stopwatch.StartNew();
            return ClosedLoopAsync(options.Connections, _ => clock.Elapsed < duration, _ =>
            {
                var e = examinees[Interlocked.Increment(ref saveCount) % examinees.Length];
                return PostAsync(target, SavePath(e), e, e.NextSave(), HttpStatusCode.OK);
            });
        }

        bare.SaveAnswer = await FirstSaveAnswerAsync(client, examinees[0], SavePath(examinees[0]));
        var saves = new QuizStep("Save answers (autosave)", await SavesAsync(client), await SavesAsync(bareClient));
        await LogStepAsync(log, "saves", saves);

        var siteRun = await SubmitAllAsync(client, examinees, options.QuizWindowSeconds, e => new Uri(site, e.AttemptPath));
        var bareRun = await SubmitAllAsync(bareClient, examinees, options.QuizWindowSeconds, e => new Uri(bare.Address, e.AttemptPath));
        var stored = await CountSubmittedAsync(options.ConnectionString);
        return new QuizSessionResult(options.QuizLearners, options.QuizWindowSeconds, siteRun, bareRun, stored, [starts, saves]);
    }

    private static Task LogStepAsync(TextWriter log, string name, QuizStep step)
        => log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {name}: {step.Site.PerSecond:F0}/s (p50 {step.Site.P50Ms:F1} ms, p99 {step.Site.P99Ms:F1} ms, {step.Site.Errors} errors) vs bare {step.Bare.PerSecond:F0}/s{(step.Site.FirstError is { } error ? "; first error: " + error : "")}"));

    /// <summary>Runs <paramref name="work"/> for 0..count-1, a few at a time: preparation, not measured.</summary>
    private static async Task InParallelAsync(int count, Func<int, Task> work)
    {
        using var gate = new SemaphoreSlim(PrepareParallelism);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await work(i);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    /// <summary>
    /// A closed loop: <paramref name="connections"/> workers each send, wait for the answer, and send again while
    /// <paramref name="more"/> holds for the next request number. <paramref name="send"/> answers null or what went wrong.
    /// </summary>
    private static async Task<LoadRun> ClosedLoopAsync(int connections, Func<int, bool> more, Func<int, Task<string?>> send)
    {
        var latencies = new ConcurrentBag<double>();
        var (next, errors) = (-1, 0);
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); more(i); i = Interlocked.Increment(ref next))
            {
                var sent = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    error = await send(i);
                }
                catch (HttpRequestException ex)
                {
                    error = ex.Message;
                }

                latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                if (error is not null && Interlocked.Increment(ref errors) == 1)
                {
                    firstError = error;
                }
            }
        })));
        var sorted = latencies.Order().ToArray();
        return new LoadRun(sorted.Length, errors, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted.Length / clock.Elapsed.TotalSeconds, firstError);
    }

    private static async Task<Examinee> SignInAsync(HttpClient client, string email, string quizId)
    {
        var jar = new CookieJar();
        var login = await SendAsync(client, HttpMethod.Get, "/account/login", jar, null);
        await SendAsync(client, HttpMethod.Post, "/account/login", jar, new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = Token(login.Body),
            ["Input.Email"] = email,
            ["Input.Password"] = Seeder.LearnerPassword,
        }, expect: HttpStatusCode.Redirect);

        var quizPage = await SendAsync(client, HttpMethod.Get, $"/quizzes/{quizId}", jar, null);
        var start = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "start", ["__RequestVerificationToken"] = Token(quizPage.Body) });
        return new Examinee(email, jar, start);
    }

    /// <summary>The measured start: the post of the quiz page's form, answered with the redirect to the new attempt.</summary>
    private static async Task<string?> StartAsync(HttpClient client, Examinee examinee, string quizPath)
    {
        using var response = await examinee.SendAsync(client, HttpMethod.Post, quizPath, examinee.Start);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location is not { } location)
        {
            return $"{examinee.Email}: start answered {(int)response.StatusCode} {Alert(body)}";
        }

        // The site's redirect may be absolute: keep the path alone, so the bare runs post to the bare server, not the site.
        examinee.AttemptPath = new Uri(client.BaseAddress!, location).PathAndQuery;
        return null;
    }

    private static async Task OpenAttemptAsync(HttpClient client, Examinee examinee)
    {
        using var response = await examinee.SendAsync(client, HttpMethod.Get, examinee.AttemptPath);
        var page = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{examinee.Email}: the attempt page answered {(int)response.StatusCode}.");
        }

        examinee.Saves = [AttemptForm(page, action: null, changedNumber: "419"), AttemptForm(page, action: null, changedNumber: "421")];
        examinee.Submit = AttemptForm(page, action: "submit");
    }

    /// <summary>One save on the site, unmeasured: its JSON answer is what the bare server answers every save with.</summary>
    private static async Task<byte[]> FirstSaveAnswerAsync(HttpClient client, Examinee examinee, string path)
    {
        using var response = await examinee.SendAsync(client, HttpMethod.Post, path, examinee.NextSave());
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? body
            : throw new InvalidOperationException($"{examinee.Email}: saving answers answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
    }

    private static async Task<string?> PostAsync(HttpClient client, string path, Examinee examinee, FormUrlEncodedContent form, HttpStatusCode expect)
    {
        using var response = await examinee.SendAsync(client, HttpMethod.Post, path, form);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == expect ? null : $"{path} answered {(int)response.StatusCode}: {Alert(body)}";
    }

    /// <summary>
    /// The attempt form as a learner sends it: its hidden fields (handler, antiforgery token, page), the first option of
    /// every choice, a number in every text box, and the pressed button's value. With <paramref name="changedNumber"/>,
    /// what the autosave script posts when one answer changed: the hidden fields and the first text box with that number.
    /// </summary>
    private static FormUrlEncodedContent AttemptForm(string page, string? action, string? changedNumber = null)
    {
        // Only the attempt form's own fields: the header's forms (language, sign out) carry their own handler and token.
        var start = page.IndexOf("class=\"attempt-form\"", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("The attempt page has no attempt form: " + Alert(page));
        }

        page = page[start..page.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new List<KeyValuePair<string, string>>();
        var answered = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match input in InputPattern().Matches(page))
        {
            var tag = input.Value;
            var name = WebUtility.HtmlDecode(Attribute(tag, "name") ?? "");
            if (name.Length == 0)
            {
                continue;
            }

            var value = WebUtility.HtmlDecode(Attribute(tag, "value") ?? "");
            switch (Attribute(tag, "type"))
            {
                case "hidden":
                    fields.Add(new(name, value));
                    break;
                case "radio" or "checkbox" when changedNumber is null && answered.Add(name):
                    fields.Add(new(name, value));
                    break;
                case "text" or "number" when changedNumber is null:
                    fields.Add(new(name, "420"));
                    break;
                case "text" or "number" when answered.Count == 0 && answered.Add(name):
                    fields.Add(new(name, changedNumber!));
                    break;
            }
        }

        if (action is not null)
        {
            fields.Add(new("action", action));
        }

        return new FormUrlEncodedContent(fields);
    }

    private static async Task<SubmitRun> SubmitAllAsync(HttpClient client, Examinee[] examinees, int windowSeconds, Func<Examinee, Uri> target)
    {
        var latencies = new ConcurrentBag<(double SentSeconds, double Ms)>();
        var errors = 0;
        string? firstError = null;
        var interval = TimeSpan.FromSeconds(windowSeconds) / examinees.Length;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(examinees.Select(async (examinee, i) =>
        {
            // An open schedule: each examinee submits at their moment whatever the others' wait, as people do.
            var due = interval * i;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, target(examinee)) { Content = await Copy(examinee.Submit) };
            request.Headers.Add("Cookie", examinee.Cookies);
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                examinee.Keep(response);
                var took = Stopwatch.GetElapsedTime(sent);
                latencies.Add(((clock.Elapsed - took).TotalSeconds, took.TotalMilliseconds));
                if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.EndsWith("/result", StringComparison.Ordinal) != true)
                {
                    if (Interlocked.Increment(ref errors) == 1)
                    {
                        firstError = $"{(int)response.StatusCode} {response.Headers.Location} {Alert(body)}";
                    }
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }
        }));
        var elapsed = clock.Elapsed;
        var sorted = latencies.Select(l => l.Ms).Order().ToArray();
        // When the slowest hundredth were sent, in seconds into the window: a tail from one stall sits in a narrow band.
        var slowest = latencies.OrderByDescending(l => l.Ms).Take(Math.Max(1, latencies.Count / 100)).Select(l => l.SentSeconds).ToArray();
        var slowBand = slowest.Length == 0 ? (0d, 0d) : (slowest.Min(), slowest.Max());
        return new SubmitRun(sorted.Length - errors, errors, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1], examinees.Length / elapsed.TotalSeconds, firstError, slowBand);
    }

    private static async Task<HttpContent> Copy(FormUrlEncodedContent form)
        => new ByteArrayContent(await form.ReadAsByteArrayAsync()) { Headers = { ContentType = form.Headers.ContentType } };

    private static async Task<long> CountSubmittedAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM \"QuizAttempts\" WHERE \"SubmittedUtc\" IS NOT NULL", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static double Percentile(double[] sorted, double p)
        => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static async Task<Answer> SendAsync(HttpClient client, HttpMethod method, string path, CookieJar jar, Dictionary<string, string>? form, HttpStatusCode expect = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, path);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        if (jar.Header() is { Length: > 0 } cookies)
        {
            request.Headers.Add("Cookie", cookies);
        }

        using var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
        {
            jar.Take(set);
        }

        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expect)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}, expected {(int)expect}.");
        }

        return new Answer(body, response.Headers.Location?.OriginalString);
    }

    /// <summary>The page's alert text, if any: what went wrong, for the log.</summary>
    private static string Alert(string page)
        => Regex.Match(page, "role=\"alert\"[^>]*>([^<]*)<") is { Success: true } match ? match.Groups[1].Value.Trim() : page[..Math.Min(page.Length, 200)];

    private static string Token(string page)
        => WebUtility.HtmlDecode(TokenPattern().Match(page) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page."));

    private static string? Attribute(string tag, string name)
        => Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputPattern();

    private sealed record Answer(string Body, string? Location);

    /// <summary>
    /// One examinee's session, filled in as the preparation and the start go. It keeps the cookies the site renews, as
    /// a browser does: a cookie older than the security-stamp interval (one minute) replayed as it was would make every
    /// request reload the user and issue a new cookie, which no real session does.
    /// </summary>
    private sealed class Examinee(string email, CookieJar jar, FormUrlEncodedContent start)
    {
        public string Email { get; } = email;

        public string Cookies => jar.Header();

        public void Keep(HttpResponseMessage response)
        {
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
            {
                jar.Take(set);
            }
        }

        /// <summary>Sends as this examinee: their cookies go with the request, and those the site renews are kept.</summary>
        public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, FormUrlEncodedContent? form = null)
        {
            using var request = new HttpRequestMessage(method, path) { Content = form is null ? null : await Copy(form) };
            request.Headers.Add("Cookie", Cookies);
            var response = await client.SendAsync(request);
            Keep(response);
            return response;
        }

        public FormUrlEncodedContent Start { get; } = start;

        public string AttemptPath { get; set; } = "";

        /// <summary>Two autosave posts that change one answer back and forth, so every save writes.</summary>
        public FormUrlEncodedContent[] Saves { get; set; } = [];

        private int _saves;

        public FormUrlEncodedContent NextSave() => Saves[Interlocked.Increment(ref _saves) % Saves.Length];

        public FormUrlEncodedContent Submit { get; set; } = new([]);
    }

    /// <summary>The few cookies a session needs (authentication, antiforgery), kept by name as a browser would.</summary>
    private sealed class CookieJar
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        private readonly Lock _lock = new();

        public void Take(IEnumerable<string> setCookies)
        {
            using var scope = _lock.EnterScope();
            foreach (var header in setCookies)
            {
                var pair = header.Split(';', 2)[0];
                var split = pair.IndexOf('=', StringComparison.Ordinal);
                if (split > 0)
                {
                    _cookies[pair[..split]] = pair[(split + 1)..];
                }
            }
        }

        public string Header()
        {
            using var scope = _lock.EnterScope();
            return string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));
        }
    }
}

/// <summary>One schedule of submits: answered without error, errors, latency percentiles (ms) and submits per second.</summary>
internal sealed record SubmitRun(int Ok, int Errors, double P50Ms, double P99Ms, double MaxMs, double PerSecond, string? FirstError, (double From, double To) SlowestSentSeconds);

/// <summary>A closed loop's outcome: requests answered, errors, latency percentiles (ms), requests per second.</summary>
internal sealed record LoadRun(int Requests, int Errors, double P50Ms, double P99Ms, double PerSecond, string? FirstError);

/// <summary>One quiz step under load at the pages' connection count, on the site and on the bare server.</summary>
internal sealed record QuizStep(string Name, LoadRun Site, LoadRun Bare);

internal sealed record QuizSessionResult(int Learners, int WindowSeconds, SubmitRun Site, SubmitRun Bare, long StoredAttempts, IReadOnlyList<QuizStep> Steps);
