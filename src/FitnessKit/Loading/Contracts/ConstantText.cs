using System.Globalization;
using System.Reflection.Metadata;
using System.Text;

namespace FitnessKit.Loading.Contracts;

/// <summary>Writes a constant of the metadata (an enum value, a constant field, a parameter's default) as C# would.</summary>
internal static class ConstantText
{
    public static string Of(MetadataReader reader, ConstantHandle handle)
    {
        if (handle.IsNil)
        {
            return "default";
        }

        var constant = reader.GetConstant(handle);
        var blob = reader.GetBlobReader(constant.Value);
        return blob.ReadConstant(constant.TypeCode) switch
        {
            null => "null",
            string text => Quoted(text, '"'),
            char c => Quoted(c.ToString(), '\''),
            bool b => b ? "true" : "false",
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            var other => other.ToString() ?? "default",
        };
    }

    private static string Quoted(string text, char quote)
    {
        var quoted = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when c == quote => "\\" + c,
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append(quote).ToString();
    }
}
