using FluentMigrator;

namespace Mektep.Engine.Data.Migrations;

/// <summary>The 20 top-level units of Kazakhstan as of 2026: 17 oblasts and 3 cities of republican significance.</summary>
[Migration(2026_11_23_0401, "Engine: seed the regions of Kazakhstan")]
public sealed class M202611230401_SeedRegions : Migration
{
    internal static readonly (string Code, string Kk, string Ru, string En)[] Regions =
    [
        ("abai", "Абай облысы", "Абайская область", "Abai Region"),
        ("akmola", "Ақмола облысы", "Акмолинская область", "Akmola Region"),
        ("aktobe", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
        ("almaty-region", "Алматы облысы", "Алматинская область", "Almaty Region"),
        ("atyrau", "Атырау облысы", "Атырауская область", "Atyrau Region"),
        ("east-kazakhstan", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"),
        ("jambyl", "Жамбыл облысы", "Жамбылская область", "Jambyl Region"),
        ("jetisu", "Жетісу облысы", "Область Жетісу", "Jetisu Region"),
        ("west-kazakhstan", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"),
        ("karaganda", "Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
        ("kostanay", "Қостанай облысы", "Костанайская область", "Kostanay Region"),
        ("kyzylorda", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
        ("mangystau", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
        ("pavlodar", "Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
        ("north-kazakhstan", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"),
        ("turkistan", "Түркістан облысы", "Туркестанская область", "Turkistan Region"),
        ("ulytau", "Ұлытау облысы", "Область Ұлытау", "Ulytau Region"),
        ("astana", "Астана қаласы", "город Астана", "Astana"),
        ("almaty", "Алматы қаласы", "город Алматы", "Almaty"),
        ("shymkent", "Шымкент қаласы", "город Шымкент", "Shymkent"),
    ];

    public override void Up()
    {
        foreach (var (code, kk, ru, en) in Regions)
        {
            Insert.IntoTable("Regions").Row(new { Code = code, NameKk = kk, NameRu = ru, NameEn = en });
        }
    }

    public override void Down()
    {
        foreach (var (code, _, _, _) in Regions)
        {
            Delete.FromTable("Regions").Row(new { Code = code });
        }
    }
}
