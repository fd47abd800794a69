namespace FitnessKit.Subjects.Purity.Kernel;

/// <summary>A fact any context may publish.</summary>
public interface IFact;
