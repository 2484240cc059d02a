using Mektep.Data;
using Mektep.Reminders.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Reminders.Services;

public sealed class RemindersDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReminderRule>(b =>
        {
            b.ToTable("ReminderRules");
            b.HasKey(x => x.Id);
            b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
        });
        modelBuilder.Entity<ReminderLedgerEntry>(b =>
        {
            b.ToTable("ReminderLedger");
            b.HasKey(x => x.Id);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.RuleId, x.UserId, x.Subject, x.Period }).IsUnique();
        });
        modelBuilder.Entity<CalendarToken>(b =>
        {
            b.ToTable("CalendarTokens");
            b.HasKey(x => x.UserId);
            b.HasIndex(x => x.Token).IsUnique();
        });
    }
}
