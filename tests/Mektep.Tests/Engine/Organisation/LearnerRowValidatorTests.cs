using Mektep.Engine.Organisation;

namespace Mektep.Tests.Engine.Organisation;

public sealed class LearnerRowValidatorTests
{
    private static readonly OrganisationSnapshot Tree = new(
        [
            new Region { Id = 1, Code = "akmola", NameKk = "Ақмола облысы", NameRu = "Акмолинская область", NameEn = "Akmola Region" },
            new Region { Id = 2, Code = "abai", NameKk = "Абай облысы", NameRu = "Абайская область", NameEn = "Abai Region" },
        ],
        [
            new District { Id = 10, RegionId = 1, Code = "zerenda", NameKk = "Зеренді ауданы", NameRu = "Зерендинский район" },
            new District { Id = 20, RegionId = 2, Code = "kokpekty", NameKk = "Көкпекті ауданы", NameRu = "Кокпектинский район" },
        ],
        [
            new RuralDistrict { Id = 100, DistrictId = 10, Code = "ruzaevka", NameKk = "Рузаевка ауылдық округі", NameRu = "Рузаевский сельский округ" },
            new RuralDistrict { Id = 200, DistrictId = 20, Code = "kokpekty-ao", NameKk = "Көкпекті ауылдық округі", NameRu = "Кокпектинский сельский округ" },
        ]);

    [Theory]
    [InlineData("Айгүл,aigul@x.kz,,akmola,zerenda,ruzaevka,kk", null)]
    [InlineData("Айгүл,aigul@x.kz,+7 701 000 00 00,АКМОЛИНСКАЯ ОБЛАСТЬ,Зеренді ауданы,Рузаевский сельский округ,RU", null)]
    [InlineData("Айгүл,aigul@x.kz,,akmola,zerenda,ruzaevka,", null)]
    [InlineData(",aigul@x.kz,,akmola,zerenda,ruzaevka,kk", "The name is empty.")]
    [InlineData("Айгүл,aigul at x.kz,,akmola,zerenda,ruzaevka,kk", "The email address is not valid.")]
    [InlineData("Айгүл,,,akmola,zerenda,ruzaevka,kk", "The email address is not valid.")]
    [InlineData("Айгүл,taken@x.kz,,akmola,zerenda,ruzaevka,kk", "A user with this email address already exists.")]
    [InlineData("Айгүл,aigul@x.kz,,atlantis,zerenda,ruzaevka,kk", "Unknown region \"{0}\".")]
    [InlineData("Айгүл,aigul@x.kz,,akmola,kokpekty,kokpekty-ao,kk", "The district \"{0}\" is not in the region \"{1}\".")]
    [InlineData("Айгүл,aigul@x.kz,,akmola,nowhere,ruzaevka,kk", "Unknown district \"{0}\".")]
    [InlineData("Айгүл,aigul@x.kz,,akmola,zerenda,kokpekty-ao,kk", "The rural district \"{0}\" is not in the district \"{1}\".")]
    [InlineData("Айгүл,aigul@x.kz,,akmola,zerenda,,kk", "The region, district and rural district are all required.")]
    [InlineData("Айгүл,aigul@x.kz,,akmola,zerenda,ruzaevka,de", "Unknown language \"{0}\": use kk, ru or en.")]
    public void Validate_Record_GivesExpectedProblem(string line, string? expected)
    {
        var validator = new LearnerRowValidator(Tree, ["TAKEN@X.KZ"]);

        var row = validator.Validate(LearnerCsv.Read(line).Single());

        Assert.Equal(expected, row.Problem?.Message);
        Assert.Equal(expected is null ? 100 : null, row.RuralDistrictId);
    }

    [Fact]
    public void Validate_TooLongName_IsSkipped()
    {
        var validator = new LearnerRowValidator(Tree, []);

        var row = validator.Validate(new CsvRecord(2, [new string('а', 257), "a@x.kz", "", "akmola", "zerenda", "ruzaevka", "kk"]));

        Assert.Equal("The name is longer than {0} characters.", row.Problem?.Message);
    }

    [Fact]
    public void Validate_SameEmailTwiceInFile_SkipsTheSecondWithTheFirstLine()
    {
        var validator = new LearnerRowValidator(Tree, []);
        var records = LearnerCsv.Read("name,email\nА,a@x.kz,,akmola,zerenda,ruzaevka\nБ,A@X.KZ,,akmola,zerenda,ruzaevka\n");

        var rows = records.Select(validator.Validate).ToList();

        Assert.Equal([2, 3], rows.Select(r => r.Line));
        Assert.True(rows[0].IsGood);
        Assert.Equal(("The email address already appears on line {0}.", 2), (rows[1].Problem?.Message, (int)rows[1].Problem!.Args[0]));
    }

    [Fact]
    public void Decode_Windows1251Bytes_ReturnsNullAndUtf8WithBom_ReturnsText()
    {
        byte[] cp1251 = [0xC8, 0xE2, 0xE0, 0xED]; // "Иван" in Windows-1251
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. "Иван"u8.ToArray()];

        var (bad, good) = (LearnerCsv.Decode(cp1251), LearnerCsv.Decode(withBom));

        Assert.Null(bad);
        Assert.Equal("Иван", good);
    }
}
