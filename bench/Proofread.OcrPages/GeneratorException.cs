namespace Proofread.OcrPages;

/// <summary>A problem the user can mend (a missing font, corpus or program, a bad option), reported in one line.</summary>
public sealed class GeneratorException(string message) : Exception(message);
