package dev.speedup.reports.compare;

import dev.speedup.reports.output.SafeFiles;
import dev.speedup.reports.read.JmhRow;
import dev.speedup.reports.render.Escape;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code compare.csv}: a row per compared row, then one column per param; text cells formula-safe. */
final class CompareCsv {
    static final List<String> COLUMNS = List.of(
            "benchmark",
            "mode",
            "strategy",
            "cores",
            "unit",
            "base_score",
            "new_score",
            "ratio",
            "ci_low",
            "ci_high",
            "p_value",
            "rank_p_value",
            "verdict",
            "approximate",
            "gates",
            "note");

    private CompareCsv() {}

    static Path write(Comparison c, Path file) throws IOException {
        Set<String> params = new LinkedHashSet<>();
        c.base().files().forEach(f -> params.addAll(f.paramColumns()));
        c.candidate().files().forEach(f -> params.addAll(f.paramColumns()));
        params.remove("strategy"); // already a column of its own
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(params);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(header.stream().map(Escape::spreadsheetCell).toList());
            for (RowComparison r : c.rows()) {
                List<Object> cells = new ArrayList<>();
                cells.add(text(r.key().benchmark()));
                cells.add(r.mode());
                cells.add(text(r.key().strategy()));
                cells.add(r.key().cores());
                cells.add(text(r.unit()));
                cells.add(r.base().map(JmhRow::score).map(Object.class::cast).orElse(""));
                cells.add(
                        r.candidate().map(JmhRow::score).map(Object.class::cast).orElse(""));
                cells.add(number(r.ratio()));
                cells.add(number(r.test().map(t -> t.interval().low()).orElse(Double.NaN)));
                cells.add(number(r.test().map(t -> t.interval().high()).orElse(Double.NaN)));
                cells.add(number(r.test().map(RowTest::pValue).orElse(Double.NaN)));
                cells.add(number(r.test().map(RowTest::rankP).orElse(Double.NaN)));
                cells.add(r.verdict().name());
                cells.add(r.approximate());
                cells.add(c.fails(r));
                cells.add(text(r.note()));
                for (String p : params) {
                    cells.add(text(r.any().param(p).orElse("")));
                }
                csv.printRecord(cells);
            }
        }
        return SafeFiles.writeString(file, out.toString());
    }

    private static String text(String s) {
        return Escape.spreadsheetCell(s);
    }

    private static Object number(double x) {
        return Double.isNaN(x) ? "" : x;
    }
}
