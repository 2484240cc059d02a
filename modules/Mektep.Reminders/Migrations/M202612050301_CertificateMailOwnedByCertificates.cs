using FluentMigrator;

namespace Mektep.Reminders.Migrations;

/// <summary>
/// Certificate mail belongs to the certificates module (it has the PDF, the expiry and the revocation, and sends one
/// mail per certificate with a per-certificate key): the two reminder rules that would have mailed the same
/// certificate again go, with their ledger rows, template overrides and opt-outs of their kinds.
/// </summary>
[Migration(2026_12_05_0301, "Reminders: certificate mail is the certificates module's")]
public sealed class M202612050301_CertificateMailOwnedByCertificates : Migration
{
    public override void Up()
    {
        Execute.Sql("DELETE FROM \"ReminderLedger\" WHERE \"RuleId\" IN (SELECT \"Id\" FROM \"ReminderRules\" WHERE \"Type\" IN ('CertificateIssued', 'CertificateExpiring'))");
        Execute.Sql("DELETE FROM \"ReminderRules\" WHERE \"Type\" IN ('CertificateIssued', 'CertificateExpiring')");
        Execute.Sql("DELETE FROM \"EmailTemplateOverrides\" WHERE \"Kind\" IN ('reminders.certificate-issued', 'reminders.certificate-expiring')");
        Execute.Sql("DELETE FROM \"NotificationPreferences\" WHERE \"Kind\" IN ('reminders.certificate-issued', 'reminders.certificate-expiring')");
    }

    public override void Down()
    {
        // The rows are not brought back: the certificates module keeps sending certificate mail.
    }
}
