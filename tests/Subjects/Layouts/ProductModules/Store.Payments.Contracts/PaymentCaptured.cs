namespace Store.Payments.Contracts;

public sealed record PaymentCaptured(Guid OrderId);
