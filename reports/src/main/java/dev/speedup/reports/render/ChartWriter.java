package dev.speedup.reports.render;

import dev.speedup.reports.analysis.Basis;
import dev.speedup.reports.analysis.CaseResult;
import dev.speedup.reports.analysis.Point;
import dev.speedup.reports.analysis.Reading;
import dev.speedup.reports.analysis.Series;
import dev.speedup.reports.analysis.SizeFamily;
import dev.speedup.reports.output.SafeFiles;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Draws the report's PNG charts with JFreeChart, off-screen: speedup, efficiency and time versus
 * cores per case, time versus size per size family, and machine overlays.
 */
public final class ChartWriter implements AutoCloseable {
    static {
        // Before any AWT class loads: servers and CI have no display.
        System.setProperty("java.awt.headless", "true");
    }

    private final FileNames names;
    private final ChartStyle style = new ChartStyle();
    // Rasterising and PNG-encoding dominate a report's time, and each chart is independent.
    private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
            Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "chart-writer");
                t.setDaemon(true);
                return t;
            });
    private final List<java.util.concurrent.Future<?>> pending = new ArrayList<>();

    public ChartWriter(Path chartsDir) throws IOException {
        SafeFiles.createDirectories(chartsDir);
        this.names = new FileNames(chartsDir);
    }

    /**
     * A line of points {x, y, y-low, y-high}; a NaN error draws no bar. {@code colour} names the
     * strategy whose colour it takes, {@code dash} the machine (0 = solid) when machines share a chart.
     */
    private record Line(String name, String colour, int dash, List<double[]> points) {}

    /** What an overlay of several machines shows. */
    public enum Overlay {
        SPEEDUP("speedup"),
        EFFICIENCY("efficiency"),
        TIME("time per op"),
        NORMALIZED("time relative to the machine's own baseline at 1 core"),
        QUANTITY("quantity");

        private final String title;

        Overlay(String title) {
            this.title = title;
        }
    }

    /** One machine's result for a case, as an overlay needs it. */
    public record MachineCase(String machine, CaseResult result) {}

    /** Colours follow the strategy order of the data; the baseline is the dark reference line. */
    public void order(List<String> strategies, List<String> baselines) {
        baselines.forEach(style::reference);
        strategies.forEach(style::paint);
    }

    public Chart speedup(CaseResult c, String machine) throws IOException {
        return speedup(c, machine, List.of());
    }

    /**
     * Speedup of a case, with the speedup curves of {@code companions} beside it: the same
     * computation by other programs (the lecture's CPython π beside the JVM's), each against its
     * own baseline on one core, dashed.
     */
    public Chart speedup(CaseResult c, String machine, List<CaseResult> companions) throws IOException {
        Basis basis = c.basis();
        List<Line> lines = lines(c, 0, "", p -> bar(p.cores(), p.speedup(basis), p.speedupError(basis)));
        int maxCores = c.maxCores();
        for (CaseResult other : companions) {
            Basis b = other.basis();
            for (Series s : other.series()) {
                lines.add(new Line(
                        s.label() + " (" + other.key().shortName() + ")",
                        s.label(),
                        1,
                        s.points().stream()
                                .map(p -> bar(p.cores(), p.speedup(b), p.speedupError(b)))
                                .toList()));
            }
            maxCores = Math.max(maxCores, other.maxCores());
        }
        String title = c.key().title();
        String beside = companions.stream()
                .map(o -> o.reading().workload())
                .distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        return write(
                title,
                "-speedup",
                build(
                        title,
                        subtitle(
                                machine,
                                basis.description(c.baseline())
                                        + (beside.isEmpty() ? "" : "; dashed: " + beside + " vs its own baseline")),
                        coresAxis(maxCores),
                        linear(basis.axisLabel(c.baseline()), Math.max(maxCores, top(lines))),
                        lines,
                        ideal("ideal S = p", 0, 0, maxCores, maxCores)),
                title + ": speedup" + (beside.isEmpty() ? "" : ", with " + beside + " beside it"));
    }

    public Chart efficiency(CaseResult c, String machine) throws IOException {
        Basis basis = c.basis();
        List<Line> lines = lines(c, 0, "", p -> bar(p.cores(), p.efficiency(basis), p.efficiencyError(basis)));
        int maxCores = c.maxCores();
        String title = c.key().title();
        return write(
                title,
                "-efficiency",
                build(
                        title,
                        subtitle(machine, "efficiency S/p from the " + basis.description(c.baseline())),
                        coresAxis(maxCores),
                        linear("efficiency S/p", Math.max(1.1, top(lines))),
                        lines,
                        ideal("ideal efficiency 1", 1, 1, Math.max(maxCores, 1.5), 1)),
                title + ": efficiency");
    }

    public Chart time(CaseResult c, String machine) throws IOException {
        List<Line> lines = lines(c, 0, "", p -> bar(p.cores(), p.score(), p.error()));
        int maxCores = c.maxCores();
        String title = c.key().title();
        boolean forks = c.series().stream()
                .flatMap(s -> s.points().stream())
                .anyMatch(p -> p.forkScores().size() > 1);
        JFreeChart chart = build(
                title,
                subtitle(
                        machine,
                        c.key().mode().label() + " score, log scale; "
                                + (c.key().mode().higherIsBetter() ? "higher" : "lower") + " is better"
                                + (forks ? "; dots: the mean of each fork" : "")),
                coresAxis(maxCores),
                log(scoreLabel(c)),
                lines,
                null);
        if (forks) {
            addForkSpread(chart.getXYPlot(), c);
        }
        return write(
                title,
                "-time",
                chart,
                title + ": " + (c.key().mode().higherIsBetter() ? "throughput" : "time") + " vs cores");
    }

    /**
     * Each fork's mean as a small dot beside its point: forks are the independent samples, so the
     * reader sees one slow fork for what it is, where JMH's error bar only widens.
     */
    private void addForkSpread(XYPlot plot, CaseResult c) {
        XYSeriesCollection dots = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (Series s : c.series()) {
            XYSeries series = new XYSeries(s.label() + " forks", false, true);
            s.points().forEach(p -> p.forkScores().stream()
                    .filter(v -> v > 0 && Double.isFinite(v))
                    .forEach(v -> series.add(p.cores(), v)));
            int i = dots.getSeriesCount();
            dots.addSeries(series);
            renderer.setSeriesPaint(i, style.paint(s.label()));
            renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
            renderer.setSeriesVisibleInLegend(i, false);
        }
        int index = plot.getDatasetCount();
        plot.setDataset(index, dots);
        plot.setRenderer(index, renderer);
    }

    /** A cost benchmark in its own quantity (µs per dispatch, GB/s, ...) against cores. */
    public Chart quantity(CaseResult c, String machine) throws IOException {
        List<Line> lines = lines(c, 0, "", p -> bar(p.cores(), c.quantity(p), c.quantityError(p)));
        Reading r = c.reading();
        String title = c.key().title();
        return write(
                title,
                "-" + FileNames.slug(r.quantity()),
                build(
                        title,
                        subtitle(
                                machine,
                                r.quantity() + ", log scale; " + (r.higherIsBetter() ? "higher" : "lower")
                                        + " is better"),
                        coresAxis(c.maxCores()),
                        log(r.axisLabel()),
                        lines,
                        null),
                title + ": " + r.quantity() + " vs cores");
    }

    /**
     * One case on several machines: a colour per strategy, a dash per machine. The cores axis spans
     * the largest machine; a machine with fewer cores simply ends earlier.
     */
    public Chart overlay(Overlay kind, List<MachineCase> machines, Basis basis) throws IOException {
        List<Line> lines = new ArrayList<>();
        int maxCores = 1;
        CaseResult any = machines.get(0).result();
        for (int m = 0; m < machines.size(); m++) {
            MachineCase mc = machines.get(m);
            CaseResult c = mc.result();
            maxCores = Math.max(maxCores, c.maxCores());
            double base =
                    c.baselineSeries().flatMap(s -> s.at(1)).map(Point::score).orElse(Double.NaN);
            Function<Point, double[]> bar =
                    switch (kind) {
                        case SPEEDUP -> p -> bar(p.cores(), p.speedup(basis), p.speedupError(basis));
                        case EFFICIENCY -> p -> bar(p.cores(), p.efficiency(basis), p.efficiencyError(basis));
                        case TIME ->
                            p -> bar(
                                    p.cores(),
                                    c.secondsPerOp(p.score()),
                                    c.secondsPerOp(p.score()) * p.error() / p.score());
                        case NORMALIZED -> p -> bar(p.cores(), p.score() / base, p.error() / base);
                        case QUANTITY -> p -> bar(p.cores(), c.quantity(p), c.quantityError(p));
                    };
            lines.addAll(lines(c, m, machines.size() > 1 ? mc.machine() : "", bar));
        }
        String title = any.key().title();
        String baseline = any.baseline();
        ValueAxis y =
                switch (kind) {
                    case SPEEDUP -> linear(basis.axisLabel(baseline), Math.max(maxCores, top(lines)));
                    case EFFICIENCY -> linear("efficiency S/p", Math.max(1.1, top(lines)));
                    case TIME -> log("seconds per op");
                    case NORMALIZED -> log("T(p) / T_" + baseline + "(1) on the same machine");
                    case QUANTITY -> log(any.reading().axisLabel());
                };
        XYSeries reference =
                switch (kind) {
                    case SPEEDUP -> ideal("ideal S = p", 0, 0, maxCores, maxCores);
                    case EFFICIENCY -> ideal("ideal efficiency 1", 1, 1, Math.max(maxCores, 1.5), 1);
                    default -> null;
                };
        String what = kind == Overlay.QUANTITY ? any.reading().quantity() : kind.title;
        return write(
                title,
                "-machines-" + kind.name().toLowerCase(Locale.ROOT),
                build(
                        title,
                        (machines.size() > 1
                                        ? "machines compared (solid, dashed, dotted: in the order given); "
                                        : machines.get(0).machine() + " only; ")
                                + what
                                + (kind == Overlay.SPEEDUP ? ", " + basis.description(baseline) : ""),
                        coresAxis(maxCores),
                        y,
                        lines,
                        reference),
                title + ": " + what + " by machine");
    }

    /** One line per series of the case, each point drawn as {@code bar} makes it. */
    private static List<Line> lines(CaseResult c, int dash, String machine, Function<Point, double[]> bar) {
        List<Line> lines = new ArrayList<>();
        for (Series s : c.series()) {
            String name = machine.isEmpty() ? s.label() : s.label() + " \u2014 " + machine;
            lines.add(
                    new Line(name, s.label(), dash, s.points().stream().map(bar).toList()));
        }
        return lines;
    }

    /** Time against size: the baseline on one core, every other strategy at its highest core count. */
    public Chart size(SizeFamily f, String machine, String fileTag) throws IOException {
        Map<String, List<double[]>> byLine = new java.util.LinkedHashMap<>();
        Map<String, String> colourOf = new java.util.HashMap<>();
        CaseResult any = f.largest();
        String baseline = any.baseline();
        for (CaseResult c : f.cases()) {
            double size = Double.parseDouble(f.sizeOf(c).replace("_", ""));
            for (Series s : c.series()) {
                int cores = s.strategy().equalsIgnoreCase(baseline) ? 1 : s.maxCores();
                String name = s.label() + " (" + cores + (cores == 1 ? " core)" : " cores)");
                colourOf.put(name, s.label());
                s.at(cores).ifPresent(p -> byLine.computeIfAbsent(name, k -> new ArrayList<>())
                        .add(bar(size, p.score(), p.error())));
            }
        }
        List<Line> lines = new ArrayList<>();
        byLine.forEach((name, pts) -> lines.add(new Line(name, colourOf.get(name), 0, pts)));
        String title = f.key().title();
        ReadableLogAxis x = log(f.sizeParam());
        return write(
                title + (fileTag.isEmpty() ? "" : "-" + fileTag),
                "-" + FileNames.slug(f.sizeParam()) + "-time-vs-size",
                build(
                        title,
                        subtitle(
                                machine,
                                "log-log; where a line crosses " + baseline + " is the break-even " + f.sizeParam()),
                        x,
                        log(scoreLabel(any)),
                        lines,
                        null),
                title + ": time vs " + f.sizeParam());
    }

    private static String subtitle(String machine, String what) {
        return machine.isEmpty() ? what : machine + " \u2014 " + what;
    }

    private static String scoreLabel(CaseResult c) {
        return (c.key().mode().higherIsBetter() ? "throughput" : "time") + " (" + c.unit() + ")";
    }

    private static double[] bar(double x, double y, double error) {
        if (!Double.isFinite(error)) {
            return new double[] {x, y, y, y};
        }
        return new double[] {x, y, y - error, y + error};
    }

    private static double top(List<Line> lines) {
        return lines.stream()
                        .flatMap(l -> l.points().stream())
                        .mapToDouble(p -> p[3])
                        .filter(Double::isFinite)
                        .max()
                        .orElse(1)
                * 1.05;
    }

    private static NumberAxis coresAxis(int maxCores) {
        NumberAxis axis = new NumberAxis("cores");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        axis.setRange(0, maxCores + Math.max(0.25, maxCores * 0.04));
        return axis;
    }

    private static NumberAxis linear(String label, double top) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(ChartStyle.numbers());
        axis.setRange(0, top);
        return axis;
    }

    private static ReadableLogAxis log(String label) {
        return new ReadableLogAxis(label);
    }

    private static XYSeries ideal(String name, double x0, double y0, double x1, double y1) {
        XYSeries s = new XYSeries(name, false, true);
        s.add(x0, y0);
        s.add(x1, y1);
        return s;
    }

    private JFreeChart build(
            String title, String subtitle, ValueAxis x, ValueAxis y, List<Line> lines, XYSeries reference) {
        boolean logY = y instanceof ReadableLogAxis;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setCapLength(6);
        renderer.setErrorStroke(new java.awt.BasicStroke(1.2f));
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        for (Line line : lines) {
            YIntervalSeries s = new YIntervalSeries(line.name(), false, true);
            for (double[] p : line.points()) {
                if (!Double.isFinite(p[1]) || logY && p[1] <= 0) {
                    continue; // unknown (n/a) or unplottable on a log axis: leave a gap, invent nothing
                }
                // On a log axis an error bar reaching zero would be infinitely long: clip it.
                double low = logY ? Math.max(p[2], p[1] / 10) : p[2];
                s.add(p[0], p[1], low, p[3]);
            }
            int i = data.getSeriesCount();
            data.addSeries(s);
            Paint paint = style.paint(line.colour());
            renderer.setSeriesPaint(i, paint);
            renderer.setSeriesStroke(i, ChartStyle.stroke(line.dash()));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        if (reference != null) {
            XYLineAndShapeRenderer dashed = new XYLineAndShapeRenderer(true, false);
            dashed.setSeriesPaint(0, ChartStyle.IDEAL);
            dashed.setSeriesStroke(0, ChartStyle.DASHED);
            plot.setDataset(1, new XYSeriesCollection(reference));
            plot.setRenderer(1, dashed);
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, true);
        style.apply(chart, subtitle);
        return chart;
    }

    /** Names the file now and draws it in the background; {@link #close} waits for every file. */
    private Chart write(String base, String kind, JFreeChart chart, String title) {
        // The kind goes into the suffix, which a long benchmark name can never cut off.
        Path file = names.file(base, kind + ".png");
        pending.add(pool.submit(() -> {
            return SafeFiles.write(
                    file,
                    out -> ChartUtils.writeScaledChartAsPNG(
                            out, chart, ChartStyle.WIDTH, ChartStyle.HEIGHT, ChartStyle.SCALE, ChartStyle.SCALE));
        }));
        return new Chart(file, title);
    }

    /** Waits until every chart is on disk; the first failure is rethrown. */
    @Override
    public void close() throws IOException {
        try {
            for (java.util.concurrent.Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing charts");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
