// FK013, consumer per member: calls Page<string>.TryGet(int, out string?), a member of a generic contract type with an out parameter, through its instance Page<string>.
using FitnessKit.Subjects.Contracts.Unchanged;

namespace FitnessKit.Subjects.Contracts.LegacyConsumer.CallsGenericMember;

public sealed class FirstItem
{
    public string? Of(Page<string> page) => page.TryGet(0, out var item) ? item : null;
}
