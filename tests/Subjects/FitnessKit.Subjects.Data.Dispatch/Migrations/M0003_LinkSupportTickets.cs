using FluentMigrator;

namespace FitnessKit.Subjects.Data.Dispatch.Migrations;

/// <summary>Planted: a foreign key of its own, from Dispatch's notes to Support's support.Tickets (FK004, FK005).</summary>
[Migration(3)]
public sealed class M0003_LinkSupportTickets : Migration
{
    public override void Up()
    {
        Alter.Table("DispatchNotes").InSchema("dispatch").AddColumn("TicketId").AsInt32().Nullable();
        Create.ForeignKey("FK_DispatchNotes_Tickets")
            .FromTable("DispatchNotes").InSchema("dispatch").ForeignColumn("TicketId")
            .ToTable("Tickets").InSchema("support").PrimaryColumn("Id");
    }

    public override void Down() => Delete.ForeignKey("FK_DispatchNotes_Tickets").OnTable("DispatchNotes").InSchema("dispatch");
}
