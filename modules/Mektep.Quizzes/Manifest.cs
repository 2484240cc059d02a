using Mektep.Modules;

[assembly: Module("Quizzes", Description = "Quizzes drawn from a question bank, attempts graded on the server, and course completion by passing them.", Category = "Learning", Dependencies = ["Mektep.Markdown", "Mektep.Courses"])]
