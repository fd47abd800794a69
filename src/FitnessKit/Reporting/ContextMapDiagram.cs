using System.Globalization;
using System.Text;

namespace FitnessKit.Reporting;

/// <summary>
/// Draws the context map as an inline SVG: contexts as boxes on a circle, each dependency between two contexts as an
/// arrow. Allowed dependencies (through contracts) are grey; dependencies with violations are red and labelled with
/// their count; dependencies on a cycle are dashed. The two directions between a pair curve to opposite sides. Each
/// arrow is coloured by how its code couples the contexts (a synchronous query most, then a command, then an event)
/// and says so under its count: <c>1 event · 2 queries</c>.
/// </summary>
internal static class ContextMapDiagram
{
    private const double BoxWidth = 170;
    private const double BoxHeight = 52;
    private const double Margin = 40;

    public static string Render(ReportDocument document)
    {
        var contexts = document.Report.Model.Contexts;
        var radius = contexts.Count <= 1 ? 0 : Math.Max(170, contexts.Count * (BoxWidth + 30) / (2 * Math.PI));
        var width = (2 * radius) + BoxWidth + (2 * Margin);
        var height = (2 * radius) + BoxHeight + (2 * Margin) + 52;
        var centre = (X: width / 2, Y: (height - 52) / 2);
        var positions = contexts.Select((c, i) =>
        {
            var angle = (2 * Math.PI * i / Math.Max(1, contexts.Count)) - (Math.PI / 2);
            return (c.Name, X: centre.X + (radius * Math.Cos(angle)), Y: centre.Y + (radius * Math.Sin(angle)));
        }).ToDictionary(p => p.Name, p => (p.X, p.Y), StringComparer.Ordinal);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"context-map\" role=\"img\" aria-label=\"Context map\" viewBox=\"0 0 {F(width)} {F(height)}\" width=\"{F(width)}\" height=\"{F(height)}\">");
        svg.Append("<defs>");
        Marker(svg, "arrow-ok", "#8c959f");
        Marker(svg, "arrow-bad", "#d1242f");
        svg.Append("</defs>");
        foreach (var edge in document.Edges)
        {
            Edge(svg, edge, positions[edge.From], positions[edge.To]);
        }

        foreach (var context in contexts)
        {
            var (x, y) = positions[context.Name];
            var from = document.CountFrom(context.Name);
            var cyclic = document.Edges.Any(e => e.InCycle && (e.From == context.Name || e.To == context.Name));
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"context{(from > 0 ? " violating" : string.Empty)}{(cyclic ? " cyclic" : string.Empty)}\" data-context=\"{ReportText.Html(context.Name)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x - (BoxWidth / 2))}\" y=\"{F(y - (BoxHeight / 2))}\" width=\"{F(BoxWidth)}\" height=\"{F(BoxHeight)}\" rx=\"8\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(y - 4)}\" class=\"name\">{ReportText.Html(Shorten(context.Name, 22))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{F(y + 14)}\" class=\"detail\">{ReportText.Plural(context.Types.Count, "type")} · {ReportText.Plural(from, "violation")}</text>");
            svg.Append("<title>").Append(ReportText.Html(context.Name)).Append("</title></g>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"legend\" transform=\"translate({F(Margin)},{F(height - 40)})\">");
        svg.Append("<line x1=\"0\" y1=\"0\" x2=\"30\" y2=\"0\" class=\"edge ok\"/><text x=\"36\" y=\"4\">allowed (through contracts)</text>");
        svg.Append("<line x1=\"205\" y1=\"0\" x2=\"235\" y2=\"0\" class=\"edge bad\"/><text x=\"241\" y=\"4\">violations (count)</text>");
        svg.Append("<line x1=\"355\" y1=\"0\" x2=\"385\" y2=\"0\" class=\"edge ok cycle\"/><text x=\"391\" y=\"4\">on a cycle</text>");
        svg.Append("<line x1=\"465\" y1=\"0\" x2=\"495\" y2=\"0\" class=\"edge ok data\"/><text x=\"501\" y=\"4\">SQL on its tables</text>");
        svg.Append("</g>");
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"legend styles\" transform=\"translate({F(Margin)},{F(height - 18)})\">");
        svg.Append("<line x1=\"0\" y1=\"0\" x2=\"30\" y2=\"0\" class=\"edge ok style-events\"/><text x=\"36\" y=\"4\">consumes events</text>");
        svg.Append("<line x1=\"140\" y1=\"0\" x2=\"170\" y2=\"0\" class=\"edge ok style-commands\"/><text x=\"176\" y=\"4\">sends commands</text>");
        svg.Append("<line x1=\"280\" y1=\"0\" x2=\"310\" y2=\"0\" class=\"edge ok style-queries\"/><text x=\"316\" y=\"4\">asks queries synchronously</text>");
        svg.Append("<line x1=\"480\" y1=\"0\" x2=\"510\" y2=\"0\" class=\"edge ok style-types\"/><text x=\"516\" y=\"4\">uses types only</text>");
        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private static void Edge(StringBuilder svg, ContextEdge edge, (double X, double Y) from, (double X, double Y) to)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Max(1, Math.Sqrt((dx * dx) + (dy * dy)));
        var (nx, ny) = (-dy / length, dx / length);
        var bend = Math.Min(60, length / 5);
        var control = (X: ((from.X + to.X) / 2) + (nx * bend), Y: ((from.Y + to.Y) / 2) + (ny * bend));
        var start = Clip(from, control);
        var end = Clip(to, control);
        var label = (X: (0.25 * start.X) + (0.5 * control.X) + (0.25 * end.X), Y: (0.25 * start.Y) + (0.5 * control.Y) + (0.25 * end.Y));
        var bad = edge.Violations > 0;
        // A data edge (SQL on the other context's tables) is drawn dotted: it needs no assembly reference to exist.
        var classes = $"edge {(bad ? "bad" : "ok")}{(edge.InCycle ? " cycle" : string.Empty)}{(edge.DataUses > 0 ? " data" : string.Empty)} style-{CouplingText.Dominant(edge.Styles)}";
        var styles = CouplingText.Label(edge.Styles, " · ");
        var text = bad ? ReportText.Plural(edge.Violations, "violation") : edge.Uses > 0 ? ReportText.Plural(edge.Uses, "use") : ReportText.Plural(edge.DataUses, "table access");
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"dependency\" data-from=\"{ReportText.Html(edge.From)}\" data-to=\"{ReportText.Html(edge.To)}\" data-violations=\"{edge.Violations}\" data-styles=\"events={edge.Styles.Events} commands={edge.Styles.Commands} queries={edge.Styles.Queries} types={edge.Styles.TypeUses} data={edge.DataUses}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M {F(start.X)} {F(start.Y)} Q {F(control.X)} {F(control.Y)} {F(end.X)} {F(end.Y)}\" class=\"{classes}\" marker-end=\"url(#{(bad ? "arrow-bad" : "arrow-ok")})\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(label.X)}\" y=\"{F(label.Y)}\" class=\"edge-label{(bad ? " bad" : string.Empty)}\">{text}</text>");
        if (styles.Length > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(label.X)}\" y=\"{F(label.Y + 13)}\" class=\"edge-styles\">{ReportText.Html(styles)}</text>");
        }

        svg.Append("<title>").Append(ReportText.Html($"{edge.From} → {edge.To}: {ReportText.Plural(edge.Uses, "type use")}, {ReportText.Plural(edge.DataUses, "read or write")} of {edge.To}'s tables, {ReportText.Plural(edge.Violations, "violation")}{(edge.InCycle ? ", on a cycle" : string.Empty)}{(styles.Length > 0 ? $"; {CouplingText.Label(edge.Styles)}" : string.Empty)}")).Append("</title></g>");
    }

    /// <summary>Where the line from a box's centre towards <paramref name="toward"/> leaves the box.</summary>
    private static (double X, double Y) Clip((double X, double Y) centre, (double X, double Y) toward)
    {
        var (dx, dy) = (toward.X - centre.X, toward.Y - centre.Y);
        if (Math.Abs(dx) < 1e-9 && Math.Abs(dy) < 1e-9)
        {
            return centre;
        }

        var scale = Math.Min(
            Math.Abs(dx) < 1e-9 ? double.MaxValue : (BoxWidth / 2 + 4) / Math.Abs(dx),
            Math.Abs(dy) < 1e-9 ? double.MaxValue : (BoxHeight / 2 + 4) / Math.Abs(dy));
        return (centre.X + (dx * scale), centre.Y + (dy * scale));
    }

    private static void Marker(StringBuilder svg, string id, string colour) =>
        svg.Append(CultureInfo.InvariantCulture, $"<marker id=\"{id}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"{colour}\"/></marker>");

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
