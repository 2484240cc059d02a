using System.Reflection;
using Mektep.Certificates.Models;
using Mektep.Media;
using QRCoder;
using SkiaSharp;

namespace Mektep.Certificates.Services;

/// <summary>
/// Draws a certificate from its snapshot with SkiaSharp's PDF backend. Text uses the DejaVu Sans fonts shipped as
/// resources of this assembly (Bitstream Vera licence, see Fonts/LICENSE-DejaVu.txt), cut to Latin and Cyrillic
/// (Fonts/README.md): they cover every Kazakh and Russian letter, and as Skia embeds the whole font file, the cut
/// keeps each PDF small. The text reads back exactly.
/// </summary>
public sealed class CertificatePdf(IMediaStore media)
{
    private const float Margin = 48;

    private static readonly Lazy<SKTypeface> Regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> Bold = new(() => Load("DejaVuSans-Bold.ttf"));

    public byte[] Render(CertificateSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var (width, height) = PageSize(snapshot.PageSize, snapshot.Orientation);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{snapshot.Title} {snapshot.Number}",
            Author = snapshot.LearnerName,
            Creator = "Mektep",
            Producer = "Mektep",
            Creation = DateTime.UtcNow,
            Modified = DateTime.UtcNow,
            RasterDpi = 150,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = document.BeginPage(width, height);
            Draw(canvas, snapshot, width, height);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    private void Draw(SKCanvas canvas, CertificateSnapshot snapshot, float width, float height)
    {
        using var background = Image(snapshot.BackgroundImagePath);
        if (background is not null)
        {
            canvas.DrawImage(background, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear), null);
        }
        else
        {
            using var border = new SKPaint { Color = new SKColor(0x1F, 0x4E, 0x79), Style = SKPaintStyle.Stroke, StrokeWidth = 3, IsAntialias = true };
            canvas.DrawRect(new SKRect(Margin / 2, Margin / 2, width - (Margin / 2), height - (Margin / 2)), border);
        }

        using var ink = new SKPaint { Color = new SKColor(0x20, 0x20, 0x20), IsAntialias = true };
        using var titleFont = new SKFont(Bold.Value, 34);
        using var nameFont = new SKFont(Bold.Value, 26);
        using var bodyFont = new SKFont(Regular.Value, 15);
        using var smallFont = new SKFont(Regular.Value, 9);
        var maxWidth = width - (Margin * 3);

        var y = Margin + 60;
        foreach (var line in Wrap(snapshot.Title, titleFont, maxWidth))
        {
            canvas.DrawText(line, width / 2, y, SKTextAlign.Center, titleFont, ink);
            y += 42;
        }

        y += 18;
        foreach (var paragraph in snapshot.Body.Split('\n'))
        {
            var isName = paragraph.Trim() == snapshot.LearnerName;
            var font = isName ? nameFont : bodyFont;
            foreach (var line in Wrap(paragraph.Trim(), font, maxWidth))
            {
                canvas.DrawText(line, width / 2, y, SKTextAlign.Center, font, ink);
                y += font.Size * 1.5f;
            }
        }

        DrawSignatories(canvas, snapshot.Signatories, width, height, bodyFont, smallFont, ink);

        var qrSize = 96f;
        using var qr = Qr(snapshot.VerifyUrl);
        canvas.DrawImage(qr, new SKRect(width - Margin - qrSize, height - Margin - qrSize, width - Margin, height - Margin), new SKSamplingOptions(SKFilterMode.Linear), null);
        var footer = height - Margin - 24;
        foreach (var label in new[] { snapshot.Labels.GetValueOrDefault("number"), snapshot.Labels.GetValueOrDefault("issued"), snapshot.Labels.GetValueOrDefault("verify") })
        {
            if (!string.IsNullOrEmpty(label))
            {
                canvas.DrawText(label, Margin, footer, SKTextAlign.Left, smallFont, ink);
                footer += 12;
            }
        }
    }

    private void DrawSignatories(SKCanvas canvas, IReadOnlyList<Signatory> signatories, float width, float height, SKFont nameFont, SKFont smallFont, SKPaint ink)
    {
        if (signatories.Count == 0)
        {
            return;
        }

        var slot = (width - (Margin * 2) - 120) / signatories.Count;
        var lineY = height - Margin - 70;
        using var line = new SKPaint { Color = ink.Color, StrokeWidth = 0.8f, IsAntialias = true };
        for (var i = 0; i < signatories.Count; i++)
        {
            var signatory = signatories[i];
            var center = Margin + (slot * i) + (slot / 2);
            using var signature = Image(signatory.SignatureImagePath);
            if (signature is not null)
            {
                var h = 40f;
                var w = Math.Min(slot - 20, signature.Width * h / Math.Max(1, signature.Height));
                canvas.DrawImage(signature, new SKRect(center - (w / 2), lineY - h - 2, center + (w / 2), lineY - 2), new SKSamplingOptions(SKFilterMode.Linear), null);
            }

            canvas.DrawLine(center - (slot / 2) + 14, lineY, center + (slot / 2) - 14, lineY, line);
            canvas.DrawText(signatory.Name, center, lineY + 16, SKTextAlign.Center, nameFont, ink);
            canvas.DrawText(signatory.Position, center, lineY + 30, SKTextAlign.Center, smallFont, ink);
        }
    }

    private SKImage? Image(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        using var stream = media.OpenRead(path);
        if (stream is null)
        {
            return null;
        }

        using var data = SKData.Create(stream);
        return data is null ? null : SKImage.FromEncodedData(data);
    }

    private static SKImage Qr(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(8);
        return SKImage.FromEncodedData(png);
    }

    private static IEnumerable<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    /// <summary>Points (1/72 inch).</summary>
    public static (float Width, float Height) PageSize(CertificatePageSize size, CertificateOrientation orientation)
    {
        var (w, h) = size == CertificatePageSize.Letter ? (612f, 792f) : (595.28f, 841.89f);
        return orientation == CertificateOrientation.Landscape ? (h, w) : (w, h);
    }

    private static SKTypeface Load(string file)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Mektep.Certificates.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The font {file} could not be read.");
    }
}
