using System.CommandLine;

namespace FitnessKit.Cli;

/// <summary>What the command line says about arguments it cannot parse: a mistyped option or command gets the same <c>(did you mean "--config"?)</c> as a mistyped setting.</summary>
internal static class ParseErrors
{
    public static IEnumerable<string> Describe(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(command.Subcommands.Select(c => c.Name)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var error in parsed.Errors)
        {
            var token = parsed.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
            yield return token is null ? error.Message : error.Message.TrimEnd('.') + Suggestions.DidYouMean(token, known) + ".";
        }
    }
}
