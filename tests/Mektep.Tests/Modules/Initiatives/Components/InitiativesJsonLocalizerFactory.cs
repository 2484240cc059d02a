using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Modules.Initiatives.Components;

/// <summary>The Initiatives module's own translations, for component tests.</summary>
public sealed class InitiativesJsonLocalizerFactory() : ModuleJsonLocalizerFactory(typeof(Mektep.Initiatives.Startup).Assembly);
