using Mektep.Modules;

[assembly: Module("Reminders", Description = "Reminder rules (welcome, inactivity, due soon, quiz failed, weekly digest) sent once by email and on the site, and a private calendar feed of due dates.", Category = "Learning", Dependencies = ["Mektep.Notifications", "Mektep.Courses"])]
