namespace Mektep.Media;

/// <summary>
/// An upload or path the media library refuses. <see cref="Exception.Message"/> is an English sentence for the
/// person who tried (also the localization key); <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed class MediaValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MediaValidationException(MediaError error, string message, params object[] arguments)
        : base(message)
    {
        Error = error;
        Arguments = arguments;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public MediaValidationException()
        : this(MediaError.InvalidName, "The name is not allowed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MediaValidationException(string message)
        : this(MediaError.InvalidName, message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public MediaValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Arguments = [];
    }

    /// <summary>What was wrong.</summary>
    public MediaError Error { get; }

    /// <summary>Values for the placeholders of the message.</summary>
    public IReadOnlyList<object> Arguments { get; }

    /// <summary>The message with its placeholders filled, in English.</summary>
    public string UserMessage => string.Format(System.Globalization.CultureInfo.InvariantCulture, Message, [.. Arguments]);
}

/// <summary>Why the media library refused something.</summary>
public enum MediaError
{
    /// <summary>The file or folder name, or the path, is not allowed.</summary>
    InvalidName,

    /// <summary>The extension is not one of the allowed types.</summary>
    TypeNotAllowed,

    /// <summary>The content does not start the way files of its extension do.</summary>
    ContentMismatch,

    /// <summary>The file is over the size limit.</summary>
    TooLarge,

    /// <summary>The file was empty.</summary>
    Empty,

    /// <summary>The folder does not exist.</summary>
    FolderNotFound,

    /// <summary>The folder to delete still holds files or folders.</summary>
    FolderNotEmpty,

    /// <summary>A folder of that name exists already.</summary>
    FolderExists,
}
