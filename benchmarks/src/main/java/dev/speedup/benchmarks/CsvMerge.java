package dev.speedup.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Joins the JMH CSVs of one core count (one per benchmark class) into the run's single
 * {@code jmh-p<p>.csv}, as JMH would have written it for all the classes at once: its fixed
 * columns first, then the union of every part's {@code Param: } columns in name order, blank where
 * a benchmark lacks that parameter.
 *
 * <pre>java -cp benchmarks.jar dev.speedup.benchmarks.CsvMerge OUT.csv PART.csv ...</pre>
 */
public final class CsvMerge {
    private static final String PARAM = "Param: ";
    private static final CSVFormat READ =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final CSVFormat WRITE =
            CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private CsvMerge() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CsvMerge OUT.csv PART.csv ...");
            System.exit(2);
        }
        List<Path> parts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            parts.add(Path.of(args[i]));
        }
        merge(Path.of(args[0]), parts);
    }

    /** Writes {@code out} from the parts, replacing it in one move so a reader never sees half a file. */
    static void merge(Path out, List<Path> parts) throws IOException {
        Set<String> fixed = new LinkedHashSet<>();
        Set<String> params = new TreeSet<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Path part : parts) {
            try (Reader reader = Files.newBufferedReader(part, StandardCharsets.UTF_8);
                    CSVParser parser = READ.parse(reader)) {
                for (String column : parser.getHeaderNames()) {
                    (column.startsWith(PARAM) ? params : fixed).add(column);
                }
                for (CSVRecord record : parser) {
                    rows.add(record.toMap());
                }
            }
        }
        List<String> header = new ArrayList<>(fixed);
        header.addAll(params);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                CSVPrinter printer = WRITE.print(writer)) {
            printer.printRecord(header);
            for (Map<String, String> row : rows) {
                List<String> values = new ArrayList<>(header.size());
                for (String column : header) {
                    values.add(row.getOrDefault(column, ""));
                }
                printer.printRecord(values);
            }
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
