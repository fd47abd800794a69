// Scenario: sixty methods that each use Catalog's price list, so sixty distinct findings: more than the console
// shows by default, so it prints the first ones and says how many more the reports (or --all) hold.
using FitnessKit.Subjects.Output.Catalog.Pricing;

namespace FitnessKit.Subjects.Output.Sales.Scenarios;

public sealed class QuoteBuilder
{
    public decimal Quote01(PriceList prices) => prices.PriceOf("01");

    public decimal Quote02(PriceList prices) => prices.PriceOf("02");

    public decimal Quote03(PriceList prices) => prices.PriceOf("03");

    public decimal Quote04(PriceList prices) => prices.PriceOf("04");

    public decimal Quote05(PriceList prices) => prices.PriceOf("05");

    public decimal Quote06(PriceList prices) => prices.PriceOf("06");

    public decimal Quote07(PriceList prices) => prices.PriceOf("07");

    public decimal Quote08(PriceList prices) => prices.PriceOf("08");

    public decimal Quote09(PriceList prices) => prices.PriceOf("09");

    public decimal Quote10(PriceList prices) => prices.PriceOf("10");

    public decimal Quote11(PriceList prices) => prices.PriceOf("11");

    public decimal Quote12(PriceList prices) => prices.PriceOf("12");

    public decimal Quote13(PriceList prices) => prices.PriceOf("13");

    public decimal Quote14(PriceList prices) => prices.PriceOf("14");

    public decimal Quote15(PriceList prices) => prices.PriceOf("15");

    public decimal Quote16(PriceList prices) => prices.PriceOf("16");

    public decimal Quote17(PriceList prices) => prices.PriceOf("17");

    public decimal Quote18(PriceList prices) => prices.PriceOf("18");

    public decimal Quote19(PriceList prices) => prices.PriceOf("19");

    public decimal Quote20(PriceList prices) => prices.PriceOf("20");

    public decimal Quote21(PriceList prices) => prices.PriceOf("21");

    public decimal Quote22(PriceList prices) => prices.PriceOf("22");

    public decimal Quote23(PriceList prices) => prices.PriceOf("23");

    public decimal Quote24(PriceList prices) => prices.PriceOf("24");

    public decimal Quote25(PriceList prices) => prices.PriceOf("25");

    public decimal Quote26(PriceList prices) => prices.PriceOf("26");

    public decimal Quote27(PriceList prices) => prices.PriceOf("27");

    public decimal Quote28(PriceList prices) => prices.PriceOf("28");

    public decimal Quote29(PriceList prices) => prices.PriceOf("29");

    public decimal Quote30(PriceList prices) => prices.PriceOf("30");

    public decimal Quote31(PriceList prices) => prices.PriceOf("31");

    public decimal Quote32(PriceList prices) => prices.PriceOf("32");

    public decimal Quote33(PriceList prices) => prices.PriceOf("33");

    public decimal Quote34(PriceList prices) => prices.PriceOf("34");

    public decimal Quote35(PriceList prices) => prices.PriceOf("35");

    public decimal Quote36(PriceList prices) => prices.PriceOf("36");

    public decimal Quote37(PriceList prices) => prices.PriceOf("37");

    public decimal Quote38(PriceList prices) => prices.PriceOf("38");

    public decimal Quote39(PriceList prices) => prices.PriceOf("39");

    public decimal Quote40(PriceList prices) => prices.PriceOf("40");

    public decimal Quote41(PriceList prices) => prices.PriceOf("41");

    public decimal Quote42(PriceList prices) => prices.PriceOf("42");

    public decimal Quote43(PriceList prices) => prices.PriceOf("43");

    public decimal Quote44(PriceList prices) => prices.PriceOf("44");

    public decimal Quote45(PriceList prices) => prices.PriceOf("45");

    public decimal Quote46(PriceList prices) => prices.PriceOf("46");

    public decimal Quote47(PriceList prices) => prices.PriceOf("47");

    public decimal Quote48(PriceList prices) => prices.PriceOf("48");

    public decimal Quote49(PriceList prices) => prices.PriceOf("49");

    public decimal Quote50(PriceList prices) => prices.PriceOf("50");

    public decimal Quote51(PriceList prices) => prices.PriceOf("51");

    public decimal Quote52(PriceList prices) => prices.PriceOf("52");

    public decimal Quote53(PriceList prices) => prices.PriceOf("53");

    public decimal Quote54(PriceList prices) => prices.PriceOf("54");

    public decimal Quote55(PriceList prices) => prices.PriceOf("55");

    public decimal Quote56(PriceList prices) => prices.PriceOf("56");

    public decimal Quote57(PriceList prices) => prices.PriceOf("57");

    public decimal Quote58(PriceList prices) => prices.PriceOf("58");

    public decimal Quote59(PriceList prices) => prices.PriceOf("59");

    public decimal Quote60(PriceList prices) => prices.PriceOf("60");
}
