namespace Mektep.Certificates.Models;

/// <summary>A person who signs the certificate: printed under a line with their position and, if given, a signature image.</summary>
public sealed class Signatory
{
    public string Name { get; set; } = "";

    public string Position { get; set; } = "";

    /// <summary>A media library path of the signature image, or empty.</summary>
    public string SignatureImagePath { get; set; } = "";
}
