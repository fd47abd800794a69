// Planted (FK011): the contract maps its own event with EF Core, so it references Microsoft.EntityFrameworkCore.
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Purity.Direct.Contracts;

public sealed record OrderPlaced(Guid OrderId);

public static class OrderSchema
{
    public static ModelBuilder MapOrderPlaced(ModelBuilder builder) => builder;
}
