using Mektep.Data;
using Mektep.Pages.Indexes;
using Mektep.Pages.Models;
using Microsoft.EntityFrameworkCore;

namespace Mektep.Pages.Services;

public sealed class PagesDbModel : IDbModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NewsIndex>(b =>
        {
            b.ToTable(nameof(NewsIndex));
            b.HasKey(x => x.Id);
        });
        modelBuilder.Entity<SiteDocument>(b =>
        {
            b.ToTable("SiteDocuments");
            b.HasKey(x => x.Name);
        });
    }
}
