package dev.speedup.reports.render;

import dev.speedup.reports.analysis.Basis;
import dev.speedup.reports.analysis.CaseResult;
import dev.speedup.reports.analysis.Point;
import dev.speedup.reports.analysis.RunAnalysis;
import dev.speedup.reports.analysis.Series;
import dev.speedup.reports.output.SafeFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code speedup.csv}: a row per machine × case × strategy × cores, for spreadsheets and
 * scripts. Absolute (vs the baseline at 1 core), self-relative and best-single-core speedups have their
 * own columns; a cost benchmark adds its own quantity (µs per dispatch, GB/s, ...).
 */
public final class SpeedupCsvWriter {
    private static final List<String> FIXED = List.of(
            "machine",
            "benchmark",
            "mode",
            "strategy",
            "cores",
            "score",
            "score_error",
            "unit",
            "speedup",
            "speedup_error",
            "self_speedup",
            "self_speedup_error",
            "efficiency",
            "self_efficiency",
            "karp_flatt",
            "self_karp_flatt",
            "baseline",
            "best_single_core_speedup",
            "best_single_core_speedup_error",
            "best_single_core",
            "quantity",
            "quantity_error",
            "quantity_unit");

    private final Path file;

    public SpeedupCsvWriter(Path file) {
        this.file = file;
    }

    public Path write(List<RunAnalysis> runs) throws IOException {
        TreeSet<String> params = new TreeSet<>();
        runs.forEach(r -> r.cases().forEach(c -> params.addAll(c.key().params().keySet())));
        List<String> header = new ArrayList<>(FIXED);
        // A param called e.g. "score" must not shadow a computed column.
        params.forEach(p -> header.add(Escape.spreadsheetCell(FIXED.contains(p) ? "param_" + p : p)));
        return SafeFiles.write(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CSVPrinter csv = CSVFormat.DEFAULT
                    .builder()
                    .setHeader(header.toArray(String[]::new))
                    .setRecordSeparator("\n")
                    .get()
                    .print(out);
            for (RunAnalysis run : runs) {
                for (CaseResult c : run.cases()) {
                    for (Series s : c.series()) {
                        for (Point p : s.points()) {
                            double[] vsBest = c.speedupVsBestSingleCore(p);
                            boolean cost = !c.reading().isSpeedup();
                            List<String> row = new ArrayList<>(List.of(
                                    text(run.run().label()),
                                    text(c.key().benchmark()),
                                    c.key().mode().label(),
                                    text(s.strategy()),
                                    Integer.toString(p.cores()),
                                    num(p.score()),
                                    num(p.error()),
                                    text(c.unit()),
                                    num(p.speedup()),
                                    num(p.speedupError()),
                                    num(p.selfSpeedup()),
                                    num(p.selfSpeedupError()),
                                    num(p.efficiency(Basis.ABSOLUTE)),
                                    num(p.efficiency(Basis.SELF)),
                                    num(p.karpFlatt(Basis.ABSOLUTE)),
                                    num(p.karpFlatt(Basis.SELF)),
                                    text(c.baseline()),
                                    num(vsBest[0]),
                                    num(vsBest[1]),
                                    c.bestSingleCore()
                                            .map(b -> text(b.source()))
                                            .orElse(Fmt.NA),
                                    cost ? num(c.quantity(p)) : Fmt.NA,
                                    cost ? num(c.quantityError(p)) : Fmt.NA,
                                    cost ? text(c.reading().unit()) : Fmt.NA));
                            params.forEach(name -> row.add(text(c.key().params().getOrDefault(name, ""))));
                            csv.printRecord(row);
                        }
                    }
                }
            }
            csv.flush();
        });
    }

    /** Text from the input: never a live formula when the file is opened in a spreadsheet. */
    private static String text(String cell) {
        return Escape.spreadsheetCell(cell);
    }

    private static String num(double x) {
        return Double.isFinite(x) ? Fmt.sig(x, 6) : Fmt.NA;
    }
}
