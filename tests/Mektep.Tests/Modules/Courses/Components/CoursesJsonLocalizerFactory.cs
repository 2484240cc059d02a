using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Modules.Courses.Components;

/// <summary>The Courses module's own translations, for component and binder tests.</summary>
public sealed class CoursesJsonLocalizerFactory() : ModuleJsonLocalizerFactory(typeof(Mektep.Courses.Startup).Assembly);
