using Mektep.Modules;

[assembly: Module("Pages", Description = "Free-standing pages with a title and a Markdown body.", Category = "Content", Dependencies = ["Mektep.Markdown"])]
