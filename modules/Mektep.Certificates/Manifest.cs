using Mektep.Modules;

[assembly: Module("Certificates", Description = "Certificates for graduates: templates, issuance on completion, by hand and in bulk, PDF with a QR code, public verification and revocation.", Category = "Learning", Dependencies = ["Mektep.Courses", "Mektep.Notifications"])]
