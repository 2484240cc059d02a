using Mektep.Modules;

[assembly: Module("Notifications", Description = "Email through an outbox: SMTP delivery with retries (or a pickup folder), localized Liquid templates and one-click unsubscribe.", Category = "Infrastructure", Dependencies = ["Mektep.Jobs"])]
