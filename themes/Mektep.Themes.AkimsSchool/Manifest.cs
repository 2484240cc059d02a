using Mektep.Modules;
using Mektep.Themes.AkimsSchool;

[assembly: Theme("Akims' School", typeof(SiteLayout), IsDefault = true, Description = "The public site of the Akims' School of Kazakhstan.")]
