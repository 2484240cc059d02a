using Mektep.Modules;
using Mektep.Themes.Admin;

[assembly: Theme("Admin", typeof(AdminLayout), IsAdmin = true, IsDefault = true, Description = "The back office's default look.")]
