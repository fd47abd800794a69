namespace FitnessKit.Benchmarks;

/// <summary>Where the engines' answers to the question differ from FitnessKit's, type by type, each difference classified.</summary>
internal static class AnswerDifferences
{
    public static void Say(List<Measured> results, Action<string> say)
    {
        foreach (var corpus in results.Select(r => r.Corpus).Distinct().Where(c => c != "shop"))
        {
            // Only the answers of engines measured in this run: an answer file left by an earlier run (a peer left
            // out with --no-peers) says nothing about this one.
            bool Measured(string engine) => results.Any(r => r.Id == engine && r.Corpus == corpus);
            var kit = Measured("fitnesskit") ? Read("fitnesskit", corpus) : null;
            if (kit is null)
            {
                continue;
            }

            Explanations? explanations = null;
            foreach (var peer in new[] { "floor", "netarchtest", "archunit" })
            {
                if (!Measured(peer) || Read(peer, corpus) is not { } other)
                {
                    continue;
                }

                var missed = kit.Except(other).Order(StringComparer.Ordinal).ToList();
                var extra = other.Except(kit).Order(StringComparer.Ordinal).ToList();
                if (missed.Count == 0 && extra.Count == 0)
                {
                    say($"{corpus}: {peer} and FitnessKit give the same answer ({kit.Count} types).");
                    continue;
                }

                explanations ??= new Explanations(corpus, Read("floor", corpus));
                say($"{corpus}: {peer} differs from FitnessKit: {missed.Count} types only FitnessKit reports, {extra.Count} only {peer} reports.");
                foreach (var group in missed.Select(t => (Type: t, Why: explanations.WhyFitnessKit(t))).GroupBy(x => x.Why).Concat(
                    extra.Select(t => (Type: t, Why: explanations.WhyPeer(t))).GroupBy(x => x.Why)))
                {
                    var types = group.Select(x => x.Type).ToList();
                    say($"  - {types.Count} x {group.Key}: {string.Join(", ", types.Take(4))}{(types.Count > 4 ? $" and {types.Count - 4} more" : "")}");
                }
            }
        }
    }

    private static HashSet<string>? Read(string engine, string corpus)
    {
        var file = Path.Combine(Corpora.Root, "artifacts", "benchmarks", "answers", $"{engine}.{corpus}.txt");
        return File.Exists(file) ? File.ReadAllLines(file).ToHashSet(StringComparer.Ordinal) : null;
    }
}
