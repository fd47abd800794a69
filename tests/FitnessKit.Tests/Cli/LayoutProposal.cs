using FitnessKit.Cli;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Tests.TestSupport;

namespace FitnessKit.Tests.Cli;

/// <summary>Runs <c>fitnesskit init</c> once on a layout subject into a temporary folder, then checks the code with the proposed file unchanged and with the hand-written map.</summary>
public abstract class LayoutProposal : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected LayoutProposal(string layout)
    {
        Layout = layout;
        ConfigPath = Path.Combine(_folder.Path, "fitness.json");
        using var console = new TestConsole();
        ExitCode = InitCommand.Run(new DirectoryInfo(LayoutSubjects.Output(layout)), new FileInfo(ConfigPath), force: false, console.Console);
        Output = console.Output;
        Text = File.Exists(ConfigPath) ? File.ReadAllText(ConfigPath) : "";
        Proposed = new Lazy<FitnessReport>(() => LayoutSubjects.Check(ConfigPath));
        HandWritten = new Lazy<FitnessReport>(() => LayoutSubjects.Check(LayoutSubjects.HandWrittenMap(layout)));
    }

    public string Layout { get; }

    public string ConfigPath { get; }

    public int ExitCode { get; }

    /// <summary>Gets what init printed.</summary>
    public string Output { get; }

    /// <summary>Gets the proposed fitness.json.</summary>
    public string Text { get; }

    /// <summary>Gets the check of the layout with the proposed file, unchanged.</summary>
    internal Lazy<FitnessReport> Proposed { get; }

    /// <summary>Gets the check of the layout with the hand-written map.</summary>
    internal Lazy<FitnessReport> HandWritten { get; }

    internal ContextModel Model => Proposed.Value.Model;

    /// <summary>The assemblies of a proposed context, by name.</summary>
    internal IEnumerable<string> AssembliesOf(string context) => Model[context].Assemblies.Select(a => a.Name);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}

/// <summary>The proposal for <c>Acme.Shop.Modules.*</c>.</summary>
public sealed class ModularMonolithProposal() : LayoutProposal(LayoutSubjects.ModularMonolith);

/// <summary>The proposal for one service per deployable.</summary>
public sealed class MicroservicesProposal() : LayoutProposal(LayoutSubjects.Microservices);

/// <summary>The proposal for <c>Store.&lt;Module&gt;.*</c> beside <c>Store.Common.*</c>.</summary>
public sealed class ProductModulesProposal() : LayoutProposal(LayoutSubjects.ProductModules);

/// <summary>The proposal for <c>Acme.BookStore.&lt;Module&gt;.{Domain.Shared,Domain,Application.Contracts,...}</c> beside the application's own layers.</summary>
public sealed class LayeredModulesProposal() : LayoutProposal(LayoutSubjects.LayeredModules);

/// <summary>The proposal for <c>Bakery.Web</c>, whose modules are folders: <c>Bakery.Web.Modules.&lt;Module&gt;.*</c>.</summary>
public sealed class ModulesInOneAssemblyProposal() : LayoutProposal(LayoutSubjects.ModulesInOneAssembly);

/// <summary>The proposal for <c>Pantry.Api</c>, whose modules are top-level folders with a DbContext each: <c>Pantry.Api.&lt;Module&gt;.*</c>.</summary>
public sealed class TopLevelModulesProposal() : LayoutProposal(LayoutSubjects.TopLevelModules);
