using Mektep.Modules;

[assembly: Module("Jobs", Description = "Background and recurring jobs (Hangfire) shared by every node, with a dashboard for administrators.", Category = "Infrastructure")]
