using System.Collections.Concurrent;
using System.Diagnostics;
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

        var clock = Stopwatch.StartNew();
        var examinees = new Examinee[options.QuizLearners];
        using (var gate = new SemaphoreSlim(PrepareParallelism))
        {
            await Task.WhenAll(Enumerable.Range(0, options.QuizLearners).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    examinees[i] = await PrepareAsync(client, Seeder.QuizLearnerEmail(i), quizId);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        await log.WriteLineAsync($"  {options.QuizLearners} examinees signed in with an attempt started in {clock.Elapsed.TotalSeconds:F0} s");

        var siteRun = await SubmitAllAsync(client, examinees, options.QuizWindowSeconds, e => new Uri(site, e.AttemptPath));
        using var bareClient = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 256 }) { BaseAddress = bare.Address };
        var bareRun = await SubmitAllAsync(bareClient, examinees, options.QuizWindowSeconds, e => new Uri(bare.Address, e.AttemptPath));
        var stored = await CountSubmittedAsync(options.ConnectionString);
        return new QuizSessionResult(options.QuizLearners, options.QuizWindowSeconds, siteRun, bareRun, stored);
    }

    private static async Task<Examinee> PrepareAsync(HttpClient client, string email, string quizId)
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
        var started = await SendAsync(client, HttpMethod.Post, $"/quizzes/{quizId}", jar, new Dictionary<string, string>
        {
            ["_handler"] = "start",
            ["__RequestVerificationToken"] = Token(quizPage.Body),
        }, expect: HttpStatusCode.Redirect);
        // The site's redirect may be absolute: keep the path alone, so the bare run posts to the bare server, not the site.
        var location = started.Location ?? throw new InvalidOperationException($"{email}: starting the quiz did not redirect.");
        var attemptPath = new Uri(client.BaseAddress!, location).PathAndQuery;

        var attemptPage = await SendAsync(client, HttpMethod.Get, attemptPath, jar, null);
        return new Examinee(attemptPath, jar.Header(), SubmitForm(attemptPage.Body));
    }

    /// <summary>
    /// The attempt form as a learner sends it: its hidden fields (handler, antiforgery token, page), the first option of
    /// every choice, a number in every text box, and the submit button's value.
    /// </summary>
    private static FormUrlEncodedContent SubmitForm(string page)
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
                case "radio" or "checkbox" when answered.Add(name):
                    fields.Add(new(name, value));
                    break;
                case "text" or "number":
                    fields.Add(new(name, "420"));
                    break;
            }
        }

        fields.Add(new("action", "submit"));
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

    private sealed record Examinee(string AttemptPath, string Cookies, FormUrlEncodedContent Submit);

    /// <summary>The few cookies a session needs (authentication, antiforgery), kept by name as a browser would.</summary>
    private sealed class CookieJar
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        public void Take(IEnumerable<string> setCookies)
        {
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

        public string Header() => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));
    }
}

/// <summary>One schedule of submits: answered without error, errors, latency percentiles (ms) and submits per second.</summary>
internal sealed record SubmitRun(int Ok, int Errors, double P50Ms, double P99Ms, double MaxMs, double PerSecond, string? FirstError, (double From, double To) SlowestSentSeconds);

internal sealed record QuizSessionResult(int Learners, int WindowSeconds, SubmitRun Site, SubmitRun Bare, long StoredAttempts);
