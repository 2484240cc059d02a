using System.Globalization;

namespace Mektep.Bench;

/// <summary>
/// What bench/run.sh passes: the database, the published site, the report file and the load shape. For a quick look
/// at some pages only, <c>--pages lesson,catalogue</c> picks them and <c>--quiz-learners 0</c> leaves out the session.
/// </summary>
internal sealed record BenchOptions(
    string ConnectionString,
    string SiteFolder,
    string ReportPath,
    int Courses,
    int LessonsPerCourse,
    int Learners,
    int Connections,
    int Seconds,
    int QuizLearners,
    int QuizWindowSeconds,
    IReadOnlySet<string>? Pages)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");
        int Number(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

        return new BenchOptions(
            Required("connection"),
            Required("site"),
            Required("report"),
            Number("courses", 200),
            Number("lessons", 30),
            Number("learners", 64),
            Number("connections", 64),
            Number("seconds", 10),
            Number("quiz-learners", 2500),
            Number("quiz-window", 60),
            values.TryGetValue("pages", out var pages) ? pages.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) : null);
    }
}
