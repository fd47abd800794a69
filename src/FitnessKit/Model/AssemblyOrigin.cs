namespace FitnessKit.Model;

/// <summary>Whose code an inspected assembly is: the system's own, which the rules judge, or a package's, which they only read.</summary>
public enum AssemblyOrigin
{
    /// <summary>Built from the system's own projects: a deps.json lists it as a project, or its symbols lie beside it, or nothing says it is a package.</summary>
    FirstParty,

    /// <summary>A package or framework assembly: a deps.json lists it as a package, or it lies in the NuGet packages folder or a shared framework.</summary>
    ThirdParty,
}
