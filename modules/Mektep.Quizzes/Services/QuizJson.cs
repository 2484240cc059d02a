using System.Text.Json;
using System.Text.Json.Serialization;
using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Services;

/// <summary>How the module writes its JSON columns.</summary>
internal static class QuizJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static QuestionData Question(string json) => JsonSerializer.Deserialize<QuestionData>(json, Options) ?? new QuestionData();

    public static AttemptSnapshot Snapshot(string json) => JsonSerializer.Deserialize<AttemptSnapshot>(json, Options) ?? new AttemptSnapshot();

    public static List<string> Response(string json) => JsonSerializer.Deserialize<List<string>>(json, Options) ?? [];
}
