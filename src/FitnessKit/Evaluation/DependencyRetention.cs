using FitnessKit.ContextMapping;
using FitnessKit.Coupling;
using FitnessKit.Model;
using FitnessKit.Persistence;
using FitnessKit.Rules.ContractPurity;

namespace FitnessKit.Evaluation;

/// <summary>
/// Which dependencies of a type the rules of a check read, so that the others can be let go as each assembly is
/// decoded. A check over a large code base otherwise holds every dependency of every type at once (about 48 bytes
/// each: a million for 19 MB of IL, fourteen million for 250 MB), while its rules read about one in twenty: those that
/// leave the type's assembly for an assembly the check judges, or its context for another; a contract type's public
/// surface where it names a type of the system, a context or a framework (what contracts expose) and its uses of a
/// framework FK011 looks for; property types (the nouns a context defines, and a record's <c>EqualityContract</c>,
/// which tells the coupling a record from a service); everything a class named like a repository uses (the persistence
/// catalog decides from it whether the class is persistence code); of the generic calls, only those that map entities;
/// and what makes a type an HTTP client (an <c>HttpClient</c>, a Refit verb attribute), which the coupling styles read.
/// Calls, locals and signatures inside an assembly and context, the public surface of other types where it names the
/// runtime's, packages' or its own assembly's types, and uses of the runtime's and packages' types from method bodies
/// (a data-access library's among them: the tables are read from the code itself) are what is let go.
/// <c>ShortcutAnswerTests</c> checks that the rules' answers are the same as with every dependency kept.
/// </summary>
internal static class DependencyRetention
{
    /// <summary>For each assembly, then each of its types, which of its dependencies the rules read. Assemblies are decoded on several threads at once; each assembly's answers are worked out on one.</summary>
    public static Func<InspectedAssembly, Func<InspectedType, KeepDependency>> For(ContextModel model)
    {
        var detection = model.Map.Persistence;
        return assembly =>
        {
            // Whether a dependency on a type of an assembly is kept for being in one the check judges, other than this
            // one: asked by the string of the target's assembly name, of which decoding one assembly meets a handful.
            var byAssembly = new Dictionary<string, bool>(ReferenceEqualityComparer.Instance);
            bool KeptFor(string target)
            {
                if (!byAssembly.TryGetValue(target, out var kept))
                {
                    byAssembly[target] = kept = model.IsJudged(target) && !string.Equals(target, assembly.Name, StringComparison.OrdinalIgnoreCase);
                }

                return kept;
            }

            // Whether a type is the system's: of this assembly, of another the check judges, or of a context.
            bool IsSystems(TypeName target) =>
                KeptFor(target.Assembly) || string.Equals(target.Assembly, assembly.Name, StringComparison.OrdinalIgnoreCase) || model.ContextOf(target) is not null;

            // Kept if it leaves the assembly for one the check judges, or names what makes an HTTP client, or if it
            // leaves the type's context for another.
            bool Judge(TypeName name, BoundedContext? home)
            {
                var byName = name.KeptByName;
                if (byName == 0)
                {
                    // Two threads may work it out at once: both write the same answer.
                    name.KeptByName = byName = MessageConventions.IsHttpClient(name) || MessageConventions.IsRefitVerb(name) ? (byte)1 : (byte)2;
                }

                return byName == 1 || KeptFor(name.Assembly) || (model.ContextOf(name) is { } context && context != home);
            }

            // What a type keeps depends on its context and on whether it is a contract: the types of an assembly share a
            // handful of answers, not one each.
            var shared = new Dictionary<(BoundedContext? Home, bool Contract), KeepDependency>();
            KeepDependency KeepFor(BoundedContext? home, bool contract)
            {
                // Only a contract's public surface is read as such (FK010's leaks, FK003's exposures, what FK001 offers
                // instead), where it names a type of the system, of a context or of a framework: the runtime's types, a
                // contract's attributes and strings above all, are no leak, and a package's types no framework's way in
                // (FK011 follows references through the system's own assemblies only). A persistence type outside those,
                // a package's entity, is read from the whole list (RuleContext.SurfaceOf). Another type's surface is read
                // where it crosses an assembly or a context, as its code is.
                return (target, kind, isPublicSurface) =>
                {
                    if ((isPublicSurface && (home is null || (contract && IsSystems(target))))
                        || kind == DependencyKind.PropertyType
                        || (contract && ContractFramework.Of(target.Assembly) is not null))
                    {
                        return true;
                    }

                    return Judge(target, home);
                };
            }

            return type =>
            {
                if (detection.RepositorySuffixOf(type) is not null)
                {
                    return static (_, _, _) => true;
                }

                var home = model.ContextOf(type);
                // FK011 follows the assemblies a contract type uses, from its code too: first-party ones (kept below) and frameworks.
                var contract = home is not null && home.IsContract(type.Name);
                if (!shared.TryGetValue((home, contract), out var keep))
                {
                    shared[(home, contract)] = keep = KeepFor(home, contract);
                }

                return keep;
            };
        };
    }

    /// <summary>Which generic calls the persistence catalog reads: the entity-mapping methods of the map's persistence detection (<c>ModelBuilder.Entity&lt;T&gt;</c>) and EF Core's <c>OwnsMany</c>; the others (LINQ, DI registrations, serializers) are let go.</summary>
    public static Func<string, bool> CallsFor(ContextModel model)
    {
        var methods = model.Map.Persistence.EntityMappingMethods.Select(m => m[(m.LastIndexOf('.') + 1)..]).Append(PersistenceCatalog.OwnsMany).ToHashSet(StringComparer.Ordinal);
        return methods.Contains;
    }

    /// <summary>
    /// Which calls of a type's code the coupling styles read with the called method (<see cref="ForeignCall"/>): those to
    /// a method a context offers (<see cref="MessageConventions.IsOfferedMethod"/>) of an interface or class of another
    /// context than the type's; the coupling reads those of them that are services. A type of no context records none.
    /// </summary>
    public static Func<InspectedType, CallRecording?> CallsOnOtherContexts(ContextModel model)
    {
        // One for each context, not one for each of its types.
        // A declaring type the code base does not hold is no service the coupling reads; one it holds belongs to the
        // context its name does (ContextOf finds the type first). The context is asked first: the runtime's and packages'
        // types, whose methods most calls call, belong to none, and their assemblies' types are then not read.
        var byHome = model.Contexts.ToDictionary(home => home, home => new CallRecording(
            declaring => model.ContextOf(declaring) is { } context && context != home
                && model.CodeBase.FindType(declaring) is { Category: TypeCategory.Interface or TypeCategory.Class },
            MessageConventions.IsOfferedMethod));
        return type => model.ContextOf(type) is { } home ? byHome[home] : null;
    }
}
