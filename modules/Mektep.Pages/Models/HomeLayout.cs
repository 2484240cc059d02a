namespace Mektep.Pages.Models;

/// <summary>The home page's blocks in the order editors arranged them at /admin/home.</summary>
public sealed class HomeLayout : Services.IRevisioned
{
    public const int MaxBlocks = 20;
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxFigures = 8;
    public const int MaxFeaturedCourses = 12;
    public const int MaxNewsCount = 12;

    public List<HomeBlock> Blocks { get; set; } = [];

    /// <summary>Counts saves, as <see cref="SiteMenus.Revision"/>.</summary>
    public int Revision { get; set; }
}

public enum HomeBlockKind
{
    Hero,
    FeaturedCourses,
    LatestNews,
    Figures,
    Markdown,
}

/// <summary>One block; which properties matter depends on <see cref="Kind"/>.</summary>
public sealed class HomeBlock
{
    public HomeBlockKind Kind { get; set; }

    /// <summary>The block's heading (every kind).</summary>
    public LocalizedText Title { get; set; } = new();

    /// <summary>Hero: its text; Markdown: the body (Markdown).</summary>
    public LocalizedText Text { get; set; } = new();

    /// <summary>Hero: media library path of the picture.</summary>
    public string? ImagePath { get; set; }

    /// <summary>Hero: what the picture shows.</summary>
    public LocalizedText ImageAlt { get; set; } = new();

    /// <summary>Hero: the button's label; no button when empty.</summary>
    public LocalizedText ButtonLabel { get; set; } = new();

    /// <summary>Hero: where the button leads.</summary>
    public MenuLink ButtonLink { get; set; } = new();

    /// <summary>Featured courses: the courses' localization sets, in order; empty shows the newest courses.</summary>
    public List<string> Courses { get; set; } = [];

    /// <summary>Latest news: how many articles.</summary>
    public int Count { get; set; } = 3;

    /// <summary>Programme figures: label and number pairs.</summary>
    public List<HomeFigure> Figures { get; set; } = [];
}

/// <summary>A number the programme is proud of, with what it counts.</summary>
public sealed class HomeFigure
{
    public const int MaxNumberLength = 40;

    /// <summary>As shown: "1 783", "600 млрд ₸".</summary>
    public string Number { get; set; } = "";

    public LocalizedText Label { get; set; } = new();
}
