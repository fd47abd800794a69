namespace FitnessKit;

/// <summary>A property of a JSON object, with the line and column where its name starts.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="Value">Its value.</param>
/// <param name="Line">The line of its name.</param>
/// <param name="Column">The column of its name.</param>
internal sealed record JsonTreeProperty(string Name, JsonTree Value, int Line, int Column);
