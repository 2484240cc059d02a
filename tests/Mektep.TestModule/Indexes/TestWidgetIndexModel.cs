using Mektep.Data;
using Microsoft.EntityFrameworkCore;

namespace Mektep.TestModule.Indexes;

public sealed class TestWidgetIndexModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<TestWidgetIndex>(b =>
    {
        b.ToTable(nameof(TestWidgetIndex));
        b.HasKey(x => x.Id);
    });
}
