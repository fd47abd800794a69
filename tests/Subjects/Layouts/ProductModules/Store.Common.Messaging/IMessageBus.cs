namespace Store.Common.Messaging;

public interface IMessageBus
{
    void Publish(object message);
}
