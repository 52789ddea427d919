package dev.speedup.reports.render;

import dev.speedup.reports.analysis.Basis;
import dev.speedup.reports.analysis.CaseResult;
import dev.speedup.reports.analysis.Point;
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

    /** A line of points {x, y, y-low, y-high}; a NaN error draws no bar. */
    private record Line(String name, List<double[]> points) {}

    public Chart speedup(CaseResult c, String machine) throws IOException {
        Basis basis = c.basis();
        List<Line> lines = lines(c, p -> bar(p.cores(), p.speedup(basis), p.speedupError(basis)));
        int maxCores = maxCores(c);
        String title = c.key().title();
        return write(
                title + "-speedup",
                build(
                        title,
                        subtitle(machine, basis.description()),
                        coresAxis(maxCores),
                        linear(label(basis), Math.max(maxCores, top(lines))),
                        lines,
                        ideal("ideal S = p", 0, 0, maxCores, maxCores)),
                title + ": speedup");
    }

    public Chart efficiency(CaseResult c, String machine) throws IOException {
        Basis basis = c.basis();
        List<Line> lines = lines(c, p -> bar(p.cores(), p.efficiency(basis), p.efficiencyError(basis)));
        int maxCores = maxCores(c);
        String title = c.key().title();
        return write(
                title + "-efficiency",
                build(
                        title,
                        subtitle(machine, "efficiency S/p from the " + basis.description()),
                        coresAxis(maxCores),
                        linear("efficiency S/p", Math.max(1.1, top(lines))),
                        lines,
                        ideal("ideal efficiency 1", 1, 1, Math.max(maxCores, 1.5), 1)),
                title + ": efficiency");
    }

    public Chart time(CaseResult c, String machine) throws IOException {
        List<Line> lines = lines(c, p -> bar(p.cores(), p.score(), p.error()));
        int maxCores = maxCores(c);
        String title = c.key().title();
        return write(
                title + "-time",
                build(
                        title,
                        subtitle(
                                machine,
                                c.key().mode().label() + " score, log scale; "
                                        + (c.key().mode().higherIsBetter() ? "higher" : "lower") + " is better"),
                        coresAxis(maxCores),
                        log(scoreLabel(c)),
                        lines,
                        null),
                title + ": " + (c.key().mode().higherIsBetter() ? "throughput" : "time") + " vs cores");
    }

    /** One line per series of the case, each point drawn as {@code bar} makes it. */
    private static List<Line> lines(CaseResult c, Function<Point, double[]> bar) {
        List<Line> lines = new ArrayList<>();
        for (Series s : c.series()) {
            lines.add(new Line(s.label(), s.points().stream().map(bar).toList()));
        }
        return lines;
    }

    private static int maxCores(CaseResult c) {
        return c.cores().get(c.cores().size() - 1);
    }

    /** Time against size: SERIAL on one core, every other strategy at its highest core count. */
    public Chart size(SizeFamily f, String machine, String baseline, String fileTag) throws IOException {
        Map<String, List<double[]>> byLine = new java.util.LinkedHashMap<>();
        for (CaseResult c : f.cases()) {
            double size = Double.parseDouble(f.sizeOf(c).replace("_", ""));
            for (Series s : c.series()) {
                int cores = s.strategy().equalsIgnoreCase(baseline) ? 1 : s.maxCores();
                s.at(cores).ifPresent(p -> byLine.computeIfAbsent(
                                s.label() + " (" + cores + (cores == 1 ? " core)" : " cores)"), k -> new ArrayList<>())
                        .add(bar(size, p.score(), p.error())));
            }
        }
        List<Line> lines = new ArrayList<>();
        byLine.forEach((name, pts) -> lines.add(new Line(name, pts)));
        CaseResult any = f.largest();
        String title = f.key().title();
        ReadableLogAxis x = log(f.sizeParam());
        return write(
                title + (fileTag.isEmpty() ? "" : "-" + fileTag) + "-" + f.sizeParam() + "-time-vs-size",
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

    /** One case and strategy on several machines: a line per machine. */
    public Chart overlay(CaseResult anyCase, String strategy, Map<String, Series> byMachine, Basis basis)
            throws IOException {
        List<Line> lines = new ArrayList<>();
        int maxCores = 1;
        for (Map.Entry<String, Series> e : byMachine.entrySet()) {
            List<double[]> pts = new ArrayList<>();
            for (Point p : e.getValue().points()) {
                pts.add(bar(p.cores(), p.speedup(basis), p.speedupError(basis)));
                maxCores = Math.max(maxCores, p.cores());
            }
            lines.add(new Line(e.getKey(), pts));
        }
        String title = anyCase.key().title() + " " + strategy;
        return write(
                title + "-machines",
                build(
                        title,
                        "machines compared; " + basis.description(),
                        coresAxis(maxCores),
                        linear(label(basis), Math.max(maxCores, top(lines))),
                        lines,
                        ideal("ideal S = p", 0, 0, maxCores, maxCores)),
                title + ": speedup by machine");
    }

    private static String subtitle(String machine, String what) {
        return machine.isEmpty() ? what : machine + " \u2014 " + what;
    }

    private static String label(Basis basis) {
        return basis == Basis.ABSOLUTE ? "speedup vs SERIAL at 1 core" : "self-relative speedup";
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
            Paint paint = style.paint(line.name().replaceFirst(" \\(.*\\)$", ""));
            renderer.setSeriesPaint(i, paint);
            renderer.setSeriesStroke(i, ChartStyle.LINE);
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
    private Chart write(String base, JFreeChart chart, String title) {
        Path file = names.file(base, ".png");
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
