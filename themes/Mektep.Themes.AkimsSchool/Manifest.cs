using Mektep.Modules;
using Mektep.Themes.AkimsSchool;

[assembly: Theme("Akims' School", typeof(SiteLayout), Description = "The public site of the Akims' School of Kazakhstan.")]
