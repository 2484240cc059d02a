namespace Mektep.Engine.Security;

/// <summary>
/// The largest form post (fields only, URL-encoded) the site reads. Kestrel's own limit (30 MB) is sized for
/// uploads; a form of text fields has no business being that large, and reading one costs memory before anything
/// can refuse it. File uploads (multipart) keep their own limits: the media library's, the imports'.
/// </summary>
public sealed class FormSizeOptions
{
    public const string Section = "Forms";

    /// <summary>Bytes a URL-encoded form post may carry. A long Kazakh lesson encodes to about 1 MB.</summary>
    public long MaxBodyBytes { get; set; } = 4L * 1024 * 1024;
}
