using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Ledger;

/// <summary>A configuration given its schema by the context that applies it: ledger_journal.Journals.</summary>
internal sealed class JournalConfiguration(string schema) : IEntityTypeConfiguration<Journal>
{
    private readonly string _schema = schema;

    public void Configure(EntityTypeBuilder<Journal> builder) => builder.ToTable("Journals", _schema);
}
