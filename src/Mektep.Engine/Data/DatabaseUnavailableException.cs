namespace Mektep.Engine.Data;

/// <summary>Start-up could not reach or use the database; the message is the one line the operator needs.</summary>
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
