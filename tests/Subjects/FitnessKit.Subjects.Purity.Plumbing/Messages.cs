using Dapper;

namespace FitnessKit.Subjects.Purity.Plumbing;

/// <summary>A message any context may publish.</summary>
public interface IMessage;

/// <summary>Sets Dapper up for the outbox: the reason this assembly references Dapper.</summary>
public static class DapperSetup
{
    public static void Reset() => SqlMapper.ResetTypeHandlers();
}
