using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Modules.Quizzes.Components;

/// <summary>The Quizzes module's own translations, for component tests.</summary>
public sealed class QuizzesJsonLocalizerFactory() : ModuleJsonLocalizerFactory(typeof(Mektep.Quizzes.Startup).Assembly);
