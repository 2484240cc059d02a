namespace Mektep.Content;

/// <summary>Which version of an item to read.</summary>
public enum VersionOptions
{
    /// <summary>The version the public sees.</summary>
    Published,

    /// <summary>The newest version, draft or published.</summary>
    Latest,

    /// <summary>The newest version only when it is an unpublished draft.</summary>
    Draft,
}
