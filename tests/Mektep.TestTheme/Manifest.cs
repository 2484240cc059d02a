using Mektep.Modules;
using Mektep.TestTheme;

[assembly: Theme("Test theme", typeof(TestLayout), Description = "Proves theme switching and part overrides.")]
