// FK013, breaking: V2 changes the names and numbers the members go by on the wire, keeping their C# names.
using System.Runtime.Serialization;
using System.Text.Json.Serialization;
using Newtonsoft.Json;
using ProtoBuf;

namespace FitnessKit.Subjects.Contracts.SerializedNamesChanged;

public sealed record PaymentCaptured
{
    [JsonPropertyName("payment_id")]
    public Guid PaymentId { get; init; }

    [JsonPropertyName("amount")]
    public decimal Amount { get; init; }

    [DataMember(Name = "captured_at")]
    public DateTimeOffset CapturedAt { get; init; }

    public string? Reference { get; init; }
}

public enum CardBrand
{
    [EnumMember(Value = "visa")]
    Visa = 1,

    [JsonStringEnumMemberName("master-card")]
    MasterCard = 2,
}

[ProtoContract]
public sealed class StockMoved
{
    [ProtoMember(1)]
    public string Sku { get; set; } = "";

    [ProtoMember(2)]
    public int Quantity { get; set; }

    [JsonProperty("warehouse")]
    public string Warehouse { get; set; } = "";
}

/// <summary>The twin: the same names in both builds.</summary>
[ProtoContract]
public sealed record PaymentRefunded
{
    [JsonPropertyName("payment_id")]
    [ProtoMember(3)]
    public Guid PaymentId { get; init; }

    [JsonProperty(PropertyName = "refunded")]
    [ProtoMember(4)]
    public decimal Refunded { get; init; }
}
