using System.Text;
using FitnessKit.Cli;
using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;

namespace FitnessKit.Tests.TestSupport;

/// <summary>
/// What FitnessKit does with one input, as text to snapshot: the library (config, load, decode every assembly, check)
/// and the command line (<c>fitnesskit check</c>), both bounded in time so that a hang fails the test instead of the run.
/// Paths under the input's folder print as <c>&lt;dir&gt;</c>; control and invisible characters print as <c>\uXXXX</c>.
/// </summary>
internal static class InputOutcome
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Describes what the library and the CLI do with the fitness.json at <paramref name="config"/>.</summary>
    /// <param name="config">The fitness.json file.</param>
    /// <param name="folder">The folder printed as <c>&lt;dir&gt;</c>; the config file's own by default.</param>
    public static string Of(string config, string? folder = null)
    {
        folder ??= Path.GetDirectoryName(config)!;
        var text = new StringBuilder();
        text.AppendLine("library:");
        text.AppendLine(Bounded(() => Library(config)));
        using var console = new TestConsole();
        var exitCode = Bounded(() =>
        {
            using (WorkingDirectory.Use(Repository.Root))
            {
                return CheckCommand.Run(new FileInfo(config), console.Console);
            }
        });
        text.Append("cli (exit code ").Append(exitCode).AppendLine("):");
        text.Append(console.Output);
        var relative = Path.GetRelativePath(Repository.Root, folder);
        return Visible(text.ToString().Replace(relative, "<dir>", StringComparison.Ordinal).Replace(folder, "<dir>", StringComparison.Ordinal));
    }

    /// <summary>Runs an action on another thread and fails if it takes longer than a minute.</summary>
    public static T Bounded<T>(Func<T> action)
    {
        var task = Task.Run(action);
        return task.Wait(Limit) ? task.Result : throw new TimeoutException($"FitnessKit did not finish within {Limit.TotalSeconds} s.");
    }

    /// <summary>Writes control, format and line-separator characters as <c>\uXXXX</c>, except the line breaks between lines of text.</summary>
    public static string Visible(string text)
    {
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var hidden = c != '\n' && (char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.SpaceSeparator && c != ' ');
            visible.Append(hidden ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return visible.ToString();
    }

    private static string Library(string config)
    {
        try
        {
            var fitness = FitnessConfig.Load(config);
            var codeBase = CodeBase.Load(fitness.Assemblies);
            codeBase.DecodeAll();
            var report = FitnessCheck.Evaluate(codeBase, fitness.Map, fitness.Rules, fitness.Severities);
            var lines = new List<string> { $"  checked {report.Scope}: {string.Join(", ", codeBase.Assemblies.Select(a => a.Name))}" };
            lines.AddRange(codeBase.SkippedFiles.Select(s => $"  skipped {Path.GetFileName(s.Path)}: {s.Reason}"));
            lines.AddRange(codeBase.UnresolvedReferences.Select(r => $"  unresolved {r.AssemblyName}, referenced by {string.Join(", ", r.ReferencedBy)}"));
            lines.AddRange(report.Violations.Select(v => $"  {v.Rule.Id} {v.SourceType}.{v.SourceMember} uses {v.TargetType} ({string.Join(", ", v.Kinds)})"));
            return string.Join(Environment.NewLine, lines);
        }
        catch (FitnessKitException exception)
        {
            return $"  {nameof(FitnessKitException)}:{Environment.NewLine}{string.Join(Environment.NewLine, exception.Problems.Select(p => "  - " + p))}";
        }
    }
}
