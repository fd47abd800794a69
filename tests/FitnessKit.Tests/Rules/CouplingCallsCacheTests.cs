using FitnessKit.Coupling;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Loading;
using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>
/// The calls between contexts that a check finds in an assembly's IL, kept in the model cache beside its model: a check
/// that reads the model from the cache reads them from there for the same question, and the IL again for any other.
/// </summary>
public sealed class CouplingCallsCacheTests : IDisposable
{
    // Where a calls file's answers start: after the magic, the format version and the MVID.
    private const int AnswersOffset = 4 + 4 + 16;

    // Where the first answer's question starts: after the count of answers, one byte.
    private const int QuestionOffset = AnswersOffset + 1;

    private readonly TemporaryFolder _cache = new();

    private static AssemblySource Files => AssemblySource.Files(Repository.Subject(CouplingScenarios.Assembly));

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void A_check_that_fills_the_cache_writes_the_calls_it_recorded_beside_the_model()
    {
        // When a check fills an empty cache
        _ = Check("ContractQuery");

        // Then the scenarios' assembly has a file of calls beside its model
        Directory.GetFiles(_cache.Path).Select(Path.GetFileName).Should().Contain(f => f!.StartsWith(CouplingScenarios.Assembly + ".", StringComparison.Ordinal) && f.EndsWith(".fkcc", StringComparison.Ordinal))
            .And.Contain(f => f!.StartsWith(CouplingScenarios.Assembly + ".", StringComparison.Ordinal) && f.EndsWith(".fkmc", StringComparison.Ordinal));
    }

    [Fact]
    public void A_check_that_reads_the_model_from_the_cache_takes_the_calls_stored_for_its_question_instead_of_the_IL()
    {
        // Given a filled cache whose file of calls is made to hold none, for the same question
        var cold = Check("ContractQuery");
        Said(cold).Should().Contain("IsCancelled", "the scenario's queries are calls");
        Rewrite(CallsFile(), question: null);
        Questions(CallsFile()).Should().ContainSingle();

        // When the scenario is checked again
        var warm = Check("ContractQuery");

        // Then the calls come from the file, not the IL: the queries found by calls are gone, nothing is noted damaged
        Said(warm).Should().NotContain("IsCancelled");
        warm.Model.CodeBase.DamagedCacheFiles.Should().BeEmpty();
    }

    [Fact]
    public void A_file_of_calls_for_another_question_is_not_read_and_the_IL_answers_and_is_stored()
    {
        // Given a filled cache whose file of calls holds none, for another question
        var cold = Check("ContractQuery");
        Rewrite(CallsFile(), question: 0x0123456789ABCDEF);

        // When the scenario is checked again, and again
        var reread = Check("ContractQuery");
        var stored = Check("ContractQuery");

        // Then the IL answers, as the first check did, and the answer is stored for the next
        Said(reread).Should().Be(Said(cold));
        Said(stored).Should().Be(Said(cold));
        BitConverter.ToUInt64(File.ReadAllBytes(CallsFile()), QuestionOffset).Should().NotBe(0x0123456789ABCDEF);
    }

    [Fact]
    public void Another_map_asks_another_question_of_the_same_assembly()
    {
        // Given a cache filled by one scenario's check
        _ = Check("ContractQuery");

        // When another scenario's map checks the same assembly from that cache
        var other = Check("HiddenQueries");

        // Then it finds what it finds without a cache
        Said(other).Should().Be(Said(FitnessCheck.Evaluate(CodeBase.Load(Files), Map("HiddenQueries")))).And.Contain("TotalOf");
    }

    [Fact]
    public void Two_maps_checked_in_turn_over_one_cache_each_take_their_own_stored_calls()
    {
        // Given a cache filled by two maps in turn, whose file of calls then answers both questions with no calls
        Said(Check("ContractQuery")).Should().Contain("IsCancelled");
        Said(Check("HiddenQueries")).Should().Contain("TotalOf");
        Rewrite(CallsFile(), question: null);
        Questions(CallsFile()).Should().HaveCount(2);

        // When each map checks the assembly again
        var first = Check("ContractQuery");
        var second = Check("HiddenQueries");

        // Then each takes its own answer from the file, not the IL: neither finds its queries
        Said(first).Should().NotContain("IsCancelled");
        Said(second).Should().NotContain("TotalOf");
        first.Model.CodeBase.DamagedCacheFiles.Should().BeEmpty();
    }

    [Fact]
    public void A_file_of_calls_keeps_the_answers_to_the_questions_last_asked_the_last_first()
    {
        // Given an assembly loaded with a cache
        var codeBase = CodeBase.Load(Files, new LoadOptions { CacheDirectory = _cache.Path });
        var assembly = codeBase.Assemblies.Single(a => a.Name == CouplingScenarios.Assembly);
        var cache = codeBase.Cache!;

        // When one more question than a file keeps is answered, one at a time, and the second asked again
        var asked = Enumerable.Range(1, ModelCache.CallQuestionsKept + 1).Select(q => (ulong)q).ToList();
        foreach (var question in asked)
        {
            cache.WriteCalls(assembly, question, []);
        }

        cache.WriteCalls(assembly, asked[1], []);

        // Then the file answers the last asked, the last first, and not the first asked
        Questions(CallsFile()).Should().Equal([asked[1], .. asked[2..].AsEnumerable().Reverse().Take(ModelCache.CallQuestionsKept - 1)]);
        asked.Where(q => cache.TryReadCalls(assembly, q, TypeNameTable.ForOneThread()) is not null).Should().BeEquivalentTo(asked[1..]);
        codeBase.DamagedCacheFiles.Should().BeEmpty();
    }

    [Fact]
    public void A_damaged_file_of_calls_is_noted_the_IL_answers_and_the_file_is_written_again()
    {
        // Given a filled cache whose file of calls has a byte changed after its checksum was taken
        var cold = Check("ContractQuery");
        var file = CallsFile();
        var bytes = File.ReadAllBytes(file);
        bytes[QuestionOffset + 8] ^= 0x40;
        File.WriteAllBytes(file, bytes);

        // When the scenario is checked again, and again
        var damaged = Check("ContractQuery");
        var next = Check("ContractQuery");

        // Then the damage is noted with the assembly read in its place, the answer is the first check's, and the file whole again
        var note = damaged.Model.CodeBase.DamagedCacheFiles.Should().ContainSingle().Which;
        note.CacheFile.Should().Be(file);
        note.AssemblyPath.Should().Be(Repository.Subject(CouplingScenarios.Assembly));
        note.Reason.Should().Contain("checksum");
        Said(damaged).Should().Be(Said(cold));
        next.Model.CodeBase.DamagedCacheFiles.Should().BeEmpty();
        Said(next).Should().Be(Said(cold));
    }

    [Fact]
    public void A_sealed_file_of_calls_whose_answer_runs_past_its_end_is_noted_and_the_IL_answers()
    {
        // Given a filled cache whose file of calls, sealed whole, says its answer is longer than the file
        var cold = Check("ContractQuery");
        var file = CallsFile();
        var question = Questions(file).Single();
        List<byte> content = [.. File.ReadAllBytes(file)[..AnswersOffset], 1, .. BitConverter.GetBytes(question), .. BitConverter.GetBytes(1000), 0];
        using (var stream = File.Create(file))
        {
            CacheFileSeal.Write(stream, [.. content]);
        }

        // When the scenario is checked again
        var damaged = Check("ContractQuery");

        // Then the file is noted as one that cannot be decoded, and the IL answers as it did
        damaged.Model.CodeBase.DamagedCacheFiles.Should().ContainSingle().Which.Reason.Should().Contain("cannot be decoded");
        Said(damaged).Should().Be(Said(cold));
    }

    [Fact]
    public void A_question_is_what_is_asked_whatever_the_order_and_changes_with_any_member_type_or_service()
    {
        // Given services and callers, asked in two orders
        TypeName[] services = [new("Orders", "Orders", "IOrderQueries"), new("Orders", "Orders", "IStock")];
        var asked = new CallQuestion(services).Of(Callers((2, ["Label", "Print"]), (1, null)));

        // Then the same question is the same checksum, and any other is another
        new CallQuestion(services.Reverse()).Of(Callers((1, null), (2, ["Print", "Label"]))).Should().Be(asked);
        ulong[] others =
        [
            new CallQuestion(services).Of(Callers((2, ["Label", "Print", "Ship"]), (1, null))),
            new CallQuestion(services).Of(Callers((2, ["Label"]), (1, null))),
            new CallQuestion(services).Of(Callers((2, null), (1, null))),
            new CallQuestion(services).Of(Callers((2, ["Label", "Print"]), (1, null), (3, null))),
            new CallQuestion(services).Of(Callers((2, ["Label", "Print"]), (1, []))),
            new CallQuestion(services[..1]).Of(Callers((2, ["Label", "Print"]), (1, null))),
            new CallQuestion([.. services, new("Billing", "Orders", "IOrderQueries")]).Of(Callers((2, ["Label", "Print"]), (1, null))),
            new CallQuestion(services).Of(Callers((2, ["LabelPrint"]), (1, null))),
        ];
        others.Should().NotContain(asked).And.OnlyHaveUniqueItems();

        static Dictionary<int, HashSet<string>?> Callers(params (int Token, string[]? Members)[] types) =>
            types.ToDictionary(t => t.Token, t => t.Members?.ToHashSet(StringComparer.Ordinal));
    }

    private static FitnessKit.ContextMapping.ContextMap Map(string scenario) => CouplingScenarios.Map($"{CouplingScenarios.Assembly}.{scenario}");

    /// <summary>What a check says of the dependencies between contexts and of FK012's queries, in order.</summary>
    private static string Said(FitnessReport report) => string.Join("\n", [
        .. report.Dependencies.All.Select(d => $"{d.From} -> {d.To}: {d.Styles}"),
        .. report.Violations.Where(v => v.Rule.Id == "FK012").Select(v => $"{v.Location} {v.Message}")]);

    /// <summary>The questions a calls file answers, in its order.</summary>
    private static List<ulong> Questions(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var questions = new List<ulong>();
        var position = QuestionOffset;
        for (var i = 0; i < bytes[AnswersOffset]; i++)
        {
            questions.Add(BitConverter.ToUInt64(bytes, position));
            position += 8 + 4 + BitConverter.ToInt32(bytes, position + 8);
        }

        return questions;
    }

    /// <summary>Writes a calls file again, sealed, answering each of its questions, or another one alone, with no calls.</summary>
    private static void Rewrite(string file, ulong? question)
    {
        var questions = question is { } other ? [other] : Questions(file);
        List<byte> content = [.. File.ReadAllBytes(file)[..AnswersOffset], (byte)questions.Count];
        foreach (var asked in questions)
        {
            content.AddRange([.. BitConverter.GetBytes(asked), .. BitConverter.GetBytes(1), 0]);
        }

        using var stream = File.Create(file);
        CacheFileSeal.Write(stream, [.. content]);
    }

    private FitnessReport Check(string scenario) =>
        FitnessCheck.Evaluate(CodeBase.Load(Files, new LoadOptions { CacheDirectory = _cache.Path }), Map(scenario));

    private string CallsFile() => Directory.GetFiles(_cache.Path, CouplingScenarios.Assembly + ".*.fkcc").Should().ContainSingle().Subject;
}
