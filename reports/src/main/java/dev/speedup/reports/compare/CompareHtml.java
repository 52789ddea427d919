package dev.speedup.reports.compare;

import dev.speedup.reports.output.SafeFiles;
import dev.speedup.reports.render.Escape;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code compare.html}: the machines side by side, the verdict counts, base and new speedup curves
 * overlaid per case (PNG charts beside it in {@code charts/}), then every row.
 */
final class CompareHtml {
    private static final Color[] PALETTE = {
        new Color(0x1f77b4),
        new Color(0xd62728),
        new Color(0x2ca02c),
        new Color(0x9467bd),
        new Color(0xff7f0e),
        new Color(0x8c564b),
        new Color(0xe377c2),
        new Color(0x17becf)
    };

    private CompareHtml() {}

    static List<Path> write(Comparison c, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        Map<String, List<CurvePoint>> cases = new LinkedHashMap<>();
        c.curves().forEach(p -> cases.computeIfAbsent(p.caseName(), k -> new ArrayList<>())
                .add(p));
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>speedup compare</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}.REGRESSION{background:#fdd}"
                        + ".IMPROVEMENT{background:#dfd}.warn{background:#ffd;padding:.5em;border:1px solid #cc8}"
                        + "img{max-width:100%}</style></head><body>\n");
        h.append("<h1>Performance compare: ")
                .append(c.exitCode() == 0 ? "no regression" : "REGRESSION")
                .append("</h1>\n");
        if (c.acrossMachines()) {
            h.append("<p class=\"warn\">")
                    .append(Escape.html(c.preamble().get(2)))
                    .append("</p>\n");
        }
        h.append("<ul>");
        c.preamble().forEach(l -> h.append("<li>").append(Escape.html(l)).append("</li>"));
        h.append("</ul>\n<table><tr>");
        c.counts().forEach((v, n) -> h.append("<th>").append(v).append("</th>"));
        h.append("</tr><tr>");
        c.counts().forEach((v, n) -> h.append("<td>").append(n).append("</td>"));
        h.append("</tr></table>\n");
        machines(h, c);
        int n = 0;
        for (Map.Entry<String, List<CurvePoint>> e : cases.entrySet()) {
            n++;
            String name = "charts/compare-" + n + ".png";
            written.add(SafeFiles.write(dir.resolve(name), png -> png.write(chart(e.getKey(), e.getValue()))));
            h.append("<h2>")
                    .append(Escape.html(e.getKey()))
                    .append("</h2>\n<img src=\"")
                    .append(name)
                    .append("\" alt=\"speedup, base dashed and new solid, for ")
                    .append(Escape.html(e.getKey()))
                    .append("\">\n<table><tr><th>strategy</th><th>cores</th><th>speedup base</th><th>speedup new</th>"
                            + "<th>efficiency base</th><th>efficiency new</th><th>serial fraction base</th>"
                            + "<th>serial fraction new</th><th>E new/E base interval</th><th>reading</th></tr>\n");
            for (CurvePoint p : e.getValue()) {
                h.append("<tr><td>")
                        .append(Escape.html(p.strategy()))
                        .append("</td><td>")
                        .append(p.cores())
                        .append("</td><td>")
                        .append(Numbers.ratio(p.baseSpeedup()))
                        .append("</td><td>")
                        .append(Numbers.ratio(p.newSpeedup()))
                        .append("</td><td>")
                        .append(Numbers.ratio(p.baseEfficiency()))
                        .append("</td><td>")
                        .append(Numbers.ratio(p.newEfficiency()))
                        .append("</td><td>")
                        .append(Numbers.ratio(p.baseSerialFraction()))
                        .append("</td><td>")
                        .append(Numbers.ratio(p.newSerialFraction()))
                        .append("</td><td>")
                        .append(Numbers.ratio(p.efficiency().low()))
                        .append(" – ")
                        .append(Numbers.ratio(p.efficiency().high()))
                        .append("</td><td>")
                        .append(Escape.html(p.reading(c.options().threshold())))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2>Every row</h2>\n<table><tr><th>benchmark</th><th>strategy</th><th>cores</th><th>params</th>"
                + "<th>unit</th><th>base</th><th>new</th><th>new/base</th><th>interval</th><th>p</th><th>verdict</th>"
                + "<th>note</th></tr>\n");
        for (RowComparison r : c.rows()) {
            h.append("<tr class=\"")
                    .append(r.verdict())
                    .append("\"><td>")
                    .append(Escape.html(r.key().shortName() + " " + r.mode()))
                    .append("</td><td>")
                    .append(Escape.html(r.key().strategy()))
                    .append("</td><td>")
                    .append(r.key().cores())
                    .append("</td><td>")
                    .append(Escape.html(r.key().otherParams()))
                    .append("</td><td>")
                    .append(Escape.html(r.unit()))
                    .append("</td><td>")
                    .append(r.base().map(x -> Numbers.score(x.score())).orElse(""))
                    .append("</td><td>")
                    .append(r.candidate().map(x -> Numbers.score(x.score())).orElse(""))
                    .append("</td><td>")
                    .append(Numbers.percent(r.ratio()))
                    .append("</td><td>")
                    .append(r.test()
                            .map(t -> Numbers.ratio(t.interval().low()) + " – "
                                    + Numbers.ratio(t.interval().high()))
                            .orElse(""))
                    .append("</td><td>")
                    .append(r.test().map(t -> Numbers.p(t.combinedP())).orElse(""))
                    .append("</td><td>")
                    .append(r.verdict())
                    .append(r.approximate() ? " ≈" : "")
                    .append("</td><td>")
                    .append(Escape.html(r.note()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        written.add(0, SafeFiles.writeString(dir.resolve("compare.html"), h.toString()));
        return written;
    }

    private static void machines(StringBuilder h, Comparison c) {
        TreeSet<String> keys = new TreeSet<>(c.base().machine().properties().keySet());
        keys.addAll(c.candidate().machine().properties().keySet());
        if (keys.isEmpty()) {
            return;
        }
        h.append(
                "<details><summary>Machines side by side</summary><table><tr><th></th><th>base</th><th>new</th></tr>\n");
        for (String k : keys) {
            String a = c.base().machine().get(k);
            String b = c.candidate().machine().get(k);
            h.append(a.equals(b) ? "<tr>" : "<tr class=\"warn\">")
                    .append("<td>")
                    .append(Escape.html(k))
                    .append("</td><td>")
                    .append(Escape.html(a))
                    .append("</td><td>")
                    .append(Escape.html(b))
                    .append("</td></tr>\n");
        }
        h.append("</table></details>\n");
    }

    /** Speedup against cores: per strategy one colour, base dashed, new solid, and the ideal S = p. */
    static byte[] chart(String title, List<CurvePoint> points) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, XYSeries[]> byStrategy = new LinkedHashMap<>();
        int maxCores = 1;
        for (CurvePoint p : points) {
            XYSeries[] s = byStrategy.computeIfAbsent(
                    p.strategy(), k -> new XYSeries[] {new XYSeries(k + " base"), new XYSeries(k + " new")});
            s[0].add(p.cores(), p.baseSpeedup());
            s[1].add(p.cores(), p.newSpeedup());
            maxCores = Math.max(maxCores, p.cores());
        }
        XYSeries ideal = new XYSeries("ideal S = p");
        ideal.add(1, 1);
        ideal.add(maxCores, maxCores);
        byStrategy.values().forEach(s -> {
            data.addSeries(s[0]);
            data.addSeries(s[1]);
        });
        data.addSeries(ideal);
        JFreeChart chart = ChartFactory.createXYLineChart(
                title, "cores", "speedup vs SERIAL at 1 core", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        BasicStroke dashed =
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f);
        for (int i = 0; i < data.getSeriesCount() - 1; i++) {
            r.setSeriesPaint(i, PALETTE[(i / 2) % PALETTE.length]);
            r.setSeriesStroke(i, i % 2 == 0 ? dashed : new BasicStroke(2.5f));
        }
        int last = data.getSeriesCount() - 1;
        r.setSeriesPaint(last, Color.GRAY);
        r.setSeriesShapesVisible(last, false);
        r.setSeriesStroke(
                last, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 4f}, 0f));
        plot.setRenderer(r);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, 1200, 750);
        return png.toByteArray();
    }
}
