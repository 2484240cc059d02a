using Mektep.Modules;

[assembly: Module("Initiatives", Description = "Investment initiatives: drafted and submitted by learners, reviewed with a rubric, counted in a registry by region, district and rural district.", Category = "Learning", Dependencies = ["Mektep.Markdown", "Mektep.Courses", "Mektep.Notifications"])]
