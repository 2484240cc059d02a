using Mektep.Modules;

[assembly: Module("Pages", Description = "The site's own content: pages, news articles, the main menu and footer, and the home page's blocks.", Category = "Content", Dependencies = ["Mektep.Markdown"])]
