// FK013, consumer per member, the twin of CallsGenericMember: uses Page<string> through its Items only, so it is no use of TryGet.
using FitnessKit.Subjects.Contracts.Unchanged;

namespace FitnessKit.Subjects.Contracts.LegacyConsumer.ReadsGenericItems;

public sealed class ItemCount
{
    public int Of(Page<string> page) => page.Items.Count;
}
