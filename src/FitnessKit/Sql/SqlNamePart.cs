namespace FitnessKit.Sql;

/// <summary>One dot-separated part of a name as a parser found it: its text without quotes, and whether it was quoted.</summary>
internal readonly record struct SqlNamePart(string Text, bool Quoted);
