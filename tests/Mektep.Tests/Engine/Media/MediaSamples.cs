using System.Text;

namespace Mektep.Tests.Engine.Media;

/// <summary>Small files whose first bytes are what their type's signature says.</summary>
internal static class MediaSamples
{
    public static byte[] Pdf(int size = 600) => Fill("%PDF-1.7\n"u8.ToArray(), size);

    public static byte[] Png(int size = 300) => Fill([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], size);

    public static byte[] Jpeg(int size = 300) => Fill([0xFF, 0xD8, 0xFF, 0xE0, 0, 16], size);

    public static byte[] Docx(int size = 400) => Fill([0x50, 0x4B, 0x03, 0x04, 20, 0], size);

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Fill(byte[] header, int size)
    {
        var bytes = new byte[Math.Max(size, header.Length)];
        header.CopyTo(bytes, 0);
        for (var i = header.Length; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 251);
        }

        return bytes;
    }
}
