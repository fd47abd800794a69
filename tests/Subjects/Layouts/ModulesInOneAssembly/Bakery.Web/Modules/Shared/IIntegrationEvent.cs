namespace Bakery.Web.Modules.Shared;

/// <summary>What every module's integration events are: the modules' shared kernel, in a folder of Modules.</summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
}
