namespace Triangulate.Cli;

/// <summary>The process exit codes, decided here and nowhere else (documented in README.md).</summary>
public static class ExitCodes
{
    /// <summary>Done; every input was processed.</summary>
    public const int Ok = 0;
    /// <summary>Usage error (bad arguments) or a crash.</summary>
    public const int Failure = 1;
    /// <summary>Done, but some inputs were set aside (each reported on standard error).</summary>
    public const int InputsSetAside = 2;
    /// <summary>An evaluation's data was not found where it was looked for.</summary>
    public const int DataMissing = 3;
}
