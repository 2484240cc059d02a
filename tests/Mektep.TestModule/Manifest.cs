using Mektep.Modules;

[assembly: Module("Test module", Description = "Proves discovery: a page, a menu item, a permission, a content type.", Category = "Testing")]
