// Planted (FK011): the event implements the shared infrastructure's IMessage, and that assembly references Dapper.
using FitnessKit.Subjects.Purity.Plumbing;

namespace FitnessKit.Subjects.Purity.Transitive.Contracts;

public sealed record ShipmentDispatched(Guid ShipmentId) : IMessage;
