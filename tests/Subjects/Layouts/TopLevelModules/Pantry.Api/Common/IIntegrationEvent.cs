namespace Pantry.Api.Common;

/// <summary>What every module's integration events are: the modules' shared kernel, a top-level folder named Common.</summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
}
