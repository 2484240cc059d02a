namespace Mektep.Media;

/// <summary>
/// The disk refused to store a file (full, read-only, gone). Nothing half-written is left behind.
/// <see cref="Exception.Message"/> is meant for the person who uploaded; the cause is in <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class MediaStorageException : IOException
{
    /// <summary>The standard message (a localization key).</summary>
    public const string DefaultMessage = "The file could not be stored: the server's disk is full or not writable. Nothing was saved; tell the site administrator.";

    /// <summary>Creates the exception with the standard message.</summary>
    public MediaStorageException()
        : base(DefaultMessage)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MediaStorageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the standard message and its cause.</summary>
    public MediaStorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
