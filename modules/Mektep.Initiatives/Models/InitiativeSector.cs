namespace Mektep.Initiatives.Models;

public enum InitiativeSector
{
    Agriculture,

    Processing,

    Cooperative,

    Tourism,

    Infrastructure,

    Services,

    Other,
}
