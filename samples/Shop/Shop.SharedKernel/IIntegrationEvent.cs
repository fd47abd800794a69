namespace Shop.SharedKernel;

/// <summary>A fact one bounded context publishes for the others; it lives in the publisher's Contracts assembly.</summary>
public interface IIntegrationEvent;
