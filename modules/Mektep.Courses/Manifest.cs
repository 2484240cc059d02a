using Mektep.Modules;

[assembly: Module("Courses", Description = "Courses made of sections and lessons: catalogue, enrollment, progress and completion.", Category = "Learning", Dependencies = ["Mektep.Markdown"])]
