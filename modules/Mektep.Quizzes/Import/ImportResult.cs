using Mektep.Quizzes.Models;

namespace Mektep.Quizzes.Import;

/// <summary>What a question file yielded: the questions it can add, and every question it refused with the reason.</summary>
public sealed record ImportResult(IReadOnlyList<QuestionData> Questions, IReadOnlyList<ImportRejection> Rejected);

/// <summary>A refused question: where it starts in the file, its first words, and why (an English localization key).</summary>
public sealed record ImportRejection(int Line, string Excerpt, string Reason);
