using System.ComponentModel.DataAnnotations.Schema;

namespace FitnessKit.Subjects.Data.Sales;

/// <summary>Named by its attribute, schema included (quotes.Quotes), and registered with a bare Entity&lt;Quote&gt;() call: no DbSet, no ToTable.</summary>
[Table("Quotes", Schema = "quotes")]
internal sealed class Quote
{
    public Guid Id { get; set; }

    public decimal Amount { get; set; }
}
