using Mektep.Tests.Infrastructure;

namespace Mektep.Tests.Modules.Certificates.Components;

/// <summary>The Certificates module's own translations, for component tests.</summary>
public sealed class CertificatesJsonLocalizerFactory() : ModuleJsonLocalizerFactory(typeof(Mektep.Certificates.Startup).Assembly);
