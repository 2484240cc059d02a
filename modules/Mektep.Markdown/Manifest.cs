using Mektep.Modules;

[assembly: Module("Markdown", Description = "Markdown bodies for content: a sanitizing Markdig pipeline, an editor with live preview.", Category = "Content")]
