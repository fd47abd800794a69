using System.Text;

namespace FitnessKit.Contracts;

/// <summary>
/// The text of a contract snapshot: a comment line, then each type's declaration at the start of a line and its members
/// under it, indented, one C#-like declaration a line, types and members in ordinal order, so that a diff of two
/// snapshots shows what changed, line by line. The text is read back into the same model to be compared.
/// </summary>
internal static class ContractSnapshotText
{
    private const string Indent = "  ";
    private static readonly HashSet<string> Accesses = new(StringComparer.Ordinal) { "public", "protected" };
    private static readonly HashSet<string> TypeModifiers = new(StringComparer.Ordinal) { "static", "abstract", "sealed" };
    private static readonly HashSet<string> MemberModifiers = new(StringComparer.Ordinal) { "static", "abstract", "virtual", "required", "readonly", "const" };
    private static readonly string[] Kinds = ["record class", "class", "struct", "interface", "enum", "delegate"];

    /// <summary>Writes a surface as snapshot text, with <c>\n</c> line ends.</summary>
    /// <param name="surface">The surface.</param>
    /// <returns>The text.</returns>
    public static string Write(ContractSurface surface)
    {
        var text = new StringBuilder();
        text.Append("// The approved contract ").Append(surface.Name).Append(": what its consumers may rely on. Written by `fitnesskit contracts approve`; FK013 compares the code with it.\n");
        foreach (var type in surface.Types)
        {
            text.Append(type.Declaration).Append('\n');
            foreach (var member in type.Members)
            {
                text.Append(Indent);
                if (member.Serialization.Count > 0)
                {
                    text.Append('[').AppendJoin(", ", member.Serialization).Append("] ");
                }

                text.Append(Declaration(member, type)).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Gets a member's line, without indentation.</summary>
    /// <param name="member">The member.</param>
    /// <param name="type">The type that declares it.</param>
    /// <returns>The declaration.</returns>
    public static string Declaration(ContractMember member, ContractType type)
    {
        if (member.Kind == ContractMemberKind.EnumValue)
        {
            return $"{member.Name} = {member.Value};";
        }

        var head = string.Join(" ", new[] { member.Access }.Concat(member.Modifiers));
        var parameters = string.Join(", ", member.Parameters);
        return member.Kind switch
        {
            ContractMemberKind.Constructor => $"{head} {type.ShortName}({parameters});",
            ContractMemberKind.Method => $"{head} {member.Type} {member.Name}({parameters});",
            ContractMemberKind.Event => $"{head} event {member.Type} {member.Name};",
            ContractMemberKind.Property => $"{head} {member.Type} {member.Name}{(member.Parameters.Count > 0 ? $"[{parameters}]" : string.Empty)} {{ {string.Join(" ", member.Accessors.Select(a => a + ";"))} }}",
            _ => $"{head} {member.Type} {member.Name}{(member.Value is null ? string.Empty : " = " + member.Value)};",
        };
    }

    /// <summary>Reads snapshot text back into a surface.</summary>
    /// <param name="text">The text.</param>
    /// <param name="name">The contract's name.</param>
    /// <param name="file">The file, for messages.</param>
    /// <returns>The surface.</returns>
    /// <exception cref="FitnessKitException">A line is not a declaration this format writes; the message names the file and line.</exception>
    public static ContractSurface Parse(string text, string name, string file)
    {
        var types = new List<ContractType>();
        ContractType? current = null;
        var members = new List<ContractMember>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                if (line.StartsWith(Indent, StringComparison.Ordinal))
                {
                    var (serialization, declaration) = SerializationOf(line[Indent.Length..]);
                    members.Add(ParseMember(declaration, current ?? throw new FormatException("a member comes before any type.")) with { Serialization = serialization });
                    continue;
                }

                Close();
                current = ParseType(line);
            }
            catch (FormatException problem)
            {
                throw new FitnessKitException($"{file}({number}): this line of the contract snapshot cannot be read: {problem.Message} Write the snapshot again with `fitnesskit contracts approve` rather than by hand.");
            }
        }

        Close();
        return new ContractSurface(name, types);

        void Close()
        {
            if (current is not null)
            {
                types.Add(current with { Members = [.. members] });
                members.Clear();
            }
        }
    }

    private static ContractType ParseType(string line)
    {
        var words = new Queue<string>(line.Split(' '));
        var access = words.Count > 0 && Accesses.Contains(words.Peek()) ? words.Dequeue() : throw new FormatException("a type's declaration starts with public or protected.");
        var modifiers = new List<string>();
        while (words.Count > 0 && TypeModifiers.Contains(words.Peek()))
        {
            modifiers.Add(words.Dequeue());
        }

        var rest = string.Join(" ", words);
        var kind = Kinds.FirstOrDefault(k => rest.StartsWith(k + " ", StringComparison.Ordinal)) ?? throw new FormatException($"the kind of type is not one of {string.Join(", ", Kinds)}.");
        rest = rest[(kind.Length + 1)..];
        var colon = rest.IndexOf(" : ", StringComparison.Ordinal);
        var fullName = colon < 0 ? rest : rest[..colon];
        var bases = colon < 0 ? [] : ContractTypeText.SplitTopLevel(rest[(colon + 3)..]);
        return new ContractType(fullName, access, modifiers, kind, bases, []);
    }

    /// <summary>
    /// Splits a member's line into the wire names written before it (<c>[JsonPropertyName("total"), ProtoMember(3)] </c>)
    /// and its declaration; a name is a C# string literal, so a bracket or comma inside its quotes belongs to it.
    /// </summary>
    private static (IReadOnlyList<string> Serialization, string Declaration) SerializationOf(string line)
    {
        if (!line.StartsWith('['))
        {
            return ([], line);
        }

        var names = new List<string>();
        var start = 1;
        var quoted = false;
        for (var i = 1; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                i += c == '\\' ? 1 : 0;
                quoted = c != '"';
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or ']')
            {
                names.Add(line[start..i].Trim());
                start = i + 1;
                if (c == ']')
                {
                    return line.Length > i + 1 && line[i + 1] == ' ' ? (names, line[(i + 2)..]) : throw new FormatException("the names a member is serialized by are followed by a space and its declaration.");
                }
            }
        }

        throw new FormatException("the names a member is serialized by end with ].");
    }

    private static ContractMember ParseMember(string line, ContractType type)
    {
        if (!line.EndsWith(';') && !line.EndsWith('}'))
        {
            throw new FormatException("a member's declaration ends with ; or }.");
        }

        if (type.IsEnum)
        {
            var equals = line.IndexOf(" = ", StringComparison.Ordinal);
            return equals < 0
                ? throw new FormatException("an enum value is written Name = number;.")
                : new ContractMember(ContractMemberKind.EnumValue, string.Empty, [], string.Empty, line[..equals], [], [], line[(equals + 3)..^1]);
        }

        var words = line.Split(' ');
        var access = Accesses.Contains(words[0]) ? words[0] : throw new FormatException("a member's declaration starts with public or protected.");
        var at = 1;
        var modifiers = new List<string>();
        while (at < words.Length && MemberModifiers.Contains(words[at]))
        {
            modifiers.Add(words[at++]);
        }

        var isEvent = at < words.Length && words[at] == "event";
        var rest = string.Join(" ", words.Skip(isEvent ? at + 1 : at));
        if (rest.StartsWith(type.ShortName + "(", StringComparison.Ordinal))
        {
            return new ContractMember(ContractMemberKind.Constructor, access, modifiers, string.Empty, type.ShortName, Parameters(rest[type.ShortName.Length..].TrimEnd(';'), '(', ')'), [], null);
        }

        var end = ContractTypeText.EndOfType(rest);
        if (end < 0)
        {
            throw new FormatException("a member's type and name are separated by a space.");
        }

        var memberType = rest[..end];
        var tail = rest[(end + 1)..];
        if (isEvent)
        {
            return new ContractMember(ContractMemberKind.Event, access, modifiers, memberType, tail.TrimEnd(';'), [], [], null);
        }

        var brace = tail.IndexOf(" { ", StringComparison.Ordinal);
        if (brace >= 0)
        {
            var nameAndIndex = tail[..brace];
            var bracket = nameAndIndex.IndexOf('[', StringComparison.Ordinal);
            var accessors = tail[(brace + 3)..^1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return bracket < 0
                ? new ContractMember(ContractMemberKind.Property, access, modifiers, memberType, nameAndIndex, [], accessors, null)
                : new ContractMember(ContractMemberKind.Property, access, modifiers, memberType, nameAndIndex[..bracket], Parameters(nameAndIndex[bracket..], '[', ']'), accessors, null);
        }

        var paren = NameEnd(tail);
        if (paren < tail.Length && tail[paren] == '(')
        {
            return new ContractMember(ContractMemberKind.Method, access, modifiers, memberType, tail[..paren], Parameters(tail[paren..].TrimEnd(';'), '(', ')'), [], null);
        }

        var value = tail.IndexOf(" = ", StringComparison.Ordinal);
        return value < 0
            ? new ContractMember(ContractMemberKind.Field, access, modifiers, memberType, tail.TrimEnd(';'), [], [], null)
            : new ContractMember(ContractMemberKind.Field, access, modifiers, memberType, tail[..value], [], [], tail[(value + 3)..^1]);
    }

    private static int NameEnd(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '<':
                    depth++;
                    break;
                case '>':
                    depth--;
                    break;
                case '(' or ';' or ' ' when depth == 0:
                    return i;
            }
        }

        return text.Length;
    }

    private static List<ContractParameter> Parameters(string list, char open, char close)
    {
        if (list.Length < 2 || list[0] != open || list[^1] != close)
        {
            throw new FormatException($"a parameter list is enclosed in {open}{close}.");
        }

        var parameters = new List<ContractParameter>();
        foreach (var item in ContractTypeText.SplitTopLevel(list[1..^1]))
        {
            var text = item;
            var modifier = string.Empty;
            foreach (var candidate in new[] { "ref ", "out ", "in ", "params " })
            {
                if (text.StartsWith(candidate, StringComparison.Ordinal))
                {
                    modifier = candidate.Trim();
                    text = text[candidate.Length..];
                }
            }

            var end = ContractTypeText.EndOfType(text);
            if (end < 0)
            {
                throw new FormatException($"the parameter '{item}' has no name.");
            }

            var rest = text[(end + 1)..];
            var equals = rest.IndexOf(" = ", StringComparison.Ordinal);
            parameters.Add(equals < 0 ? new ContractParameter(modifier, text[..end], rest, null) : new ContractParameter(modifier, text[..end], rest[..equals], rest[(equals + 3)..]));
        }

        return parameters;
    }
}
