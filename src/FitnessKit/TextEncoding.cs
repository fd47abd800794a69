namespace FitnessKit;

/// <summary>
/// Recognises a JSON file saved in UTF-16 or UTF-32 (as Windows tools such as PowerShell's <c>Out-File</c> do), by its
/// byte order mark or, without one, by the zero bytes that ASCII characters have in those encodings. JSON in UTF-8
/// never holds a zero byte, so nothing that is UTF-8 is taken for another encoding.
/// </summary>
internal static class TextEncoding
{
    /// <summary>The name of the encoding, such as <c>UTF-16 LE</c>, when the bytes are UTF-16 or UTF-32; <see langword="null"/> otherwise.</summary>
    public static string? NotUtf8(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => "UTF-32 LE",
        [0x00, 0x00, 0xFE, 0xFF, ..] => "UTF-32 BE",
        [0xFF, 0xFE, ..] => "UTF-16 LE",
        [0xFE, 0xFF, ..] => "UTF-16 BE",
        [not 0, 0, 0, 0, ..] => "UTF-32 LE",
        [0, 0, 0, not 0, ..] => "UTF-32 BE",
        [not 0, 0, ..] => "UTF-16 LE",
        [0, not 0, ..] => "UTF-16 BE",
        _ => null,
    };
}
