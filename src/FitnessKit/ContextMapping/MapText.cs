using System.Globalization;
using System.Text;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;

namespace FitnessKit.ContextMapping;

/// <summary>
/// A context map written as one string, the same for two maps exactly when a code base would resolve and decode them
/// the same and report the same about them: every context with its patterns, tables and permissions, the shared
/// kernel, every setting of persistence detection, and where each was written in a configuration file (a message
/// names it). Each string is written with its length first, so that no name can run into the next. What FK013 compares
/// with (<see cref="ContextMap.ApprovedContracts"/>) is not part of it: only FK013 reads it, after decoding.
/// </summary>
internal static class MapText
{
    public static string Of(IReadOnlyList<BoundedContextDefinition> contexts, IReadOnlyList<NamePattern> kernelAssemblies, IReadOnlyList<NamePattern> kernelNamespaces, PersistenceDetection persistence)
    {
        var text = new StringBuilder();
        Count(text, contexts.Count);
        foreach (var context in contexts)
        {
            Write(text, context.Name);
            Write(text, context.Position);
            Write(text, context.Assemblies);
            Write(text, context.Namespaces);
            Write(text, context.ContractAssemblies);
            Write(text, context.ContractNamespaces);
            Write(text, context.Tables);
            if (context.Database is { } database)
            {
                Write(text, database);
            }
            else
            {
                text.Append('-');
            }

            if (context.MayUse is not { } allowed)
            {
                text.Append('-');
                continue;
            }

            Count(text, allowed.Count);
            foreach (var permission in allowed)
            {
                Write(text, permission.Context);
                Write(text, permission.Contracts);
                Write(text, permission.Position);
            }
        }

        Write(text, kernelAssemblies);
        Write(text, kernelNamespaces);
        Write(text, persistence.DbContextBaseTypes);
        Write(text, persistence.MigrationBaseTypes);
        Write(text, persistence.ModelSnapshotBaseTypes);
        Write(text, persistence.EntityConfigurationInterfaces);
        Write(text, persistence.EntitySetTypes);
        Write(text, persistence.EntityMappingMethods);
        Write(text, persistence.EntityAttributes);
        Write(text, persistence.RepositorySuffixes);
        Write(text, persistence.Namespaces);
        Write(text, persistence.OtherBaseTypes);
        Count(text, (int)persistence.InternalTo);
        return text.ToString();
    }

    /// <summary>
    /// A map's text with what FK013 compares its contracts with: the approved snapshots' folder, or the files of an
    /// older build or a package, each read when the rule runs, so that two maps that name the same approve the same.
    /// </summary>
    public static string With(string mapText, ApprovedContracts approved)
    {
        var text = new StringBuilder(mapText);
        Write(text, approved.Description);
        if (approved.SnapshotDirectory is { } folder)
        {
            Write(text, folder);
        }
        else
        {
            text.Append('-');
        }

        Write(text, approved.Files);
        return text.ToString();
    }

    private static void Count(StringBuilder text, int count) => text.Append(count.ToString(CultureInfo.InvariantCulture)).Append('#');

    private static void Write(StringBuilder text, string value)
    {
        Count(text, value.Length);
        text.Append(value);
    }

    private static void Write(StringBuilder text, SourcePosition? position)
    {
        if (position is null)
        {
            text.Append('-');
            return;
        }

        Write(text, position.File);
        Count(text, position.Line);
        Count(text, position.Column);
    }

    private static void Write(StringBuilder text, IReadOnlyList<NamePattern> patterns)
    {
        Count(text, patterns.Count);
        foreach (var pattern in patterns)
        {
            Write(text, pattern.Text);
            Write(text, pattern.Position);
        }
    }

    private static void Write(StringBuilder text, IReadOnlyList<string> values)
    {
        Count(text, values.Count);
        foreach (var value in values)
        {
            Write(text, value);
        }
    }
}
