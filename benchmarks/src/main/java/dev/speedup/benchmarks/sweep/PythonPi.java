package dev.speedup.benchmarks.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.openjdk.jmh.util.ListStatistics;

/**
 * The lecture's own π in CPython ({@code lecture_pi.py}, shipped in the jar), timed beside the JVM
 * strategies: the command line a step runs, and its output turned into {@code python-p<p>.csv} in
 * JMH's CSV shape, mean and 99.9 % error computed by JMH's own statistics.
 */
public final class PythonPi {
    static final String NAME = "LecturePi (python3)";
    /** The benchmark name its CSV rows carry. */
    public static final String BENCHMARK = "python.LecturePi.pi";

    static final String SERIAL = "PY_SERIAL";
    static final String POOL = "PY_POOL";
    static final String RESOURCE = "/python/lecture_pi.py";
    /** The midpoint rule's error at 10^5 steps is about 10^-11; sums in another order differ by less. */
    private static final double PI_TOLERANCE = 1e-9;

    private static final Pattern LINE = Pattern.compile("^(serial|pool) (\\d+) ([0-9.]+) (\\S+)$");
    private static final CSVFormat JMH_CSV = CSVFormat.DEFAULT
            .builder()
            .setQuoteMode(QuoteMode.NON_NUMERIC)
            .setRecordSeparator('\n')
            .get();

    private PythonPi() {}

    /** Copies the program out of the jar to {@code dir}, for python3 to run. */
    static Path extract(Path dir) throws IOException {
        Path script = dir.resolve("lecture_pi.py");
        try (InputStream in = PythonPi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the jar has no " + RESOURCE);
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }

    /** The arguments after {@code python3}: one untimed run of each, then the timed ones; serial at p = 1 only. */
    static List<String> arguments(Path script, int p, long steps, int repeats) {
        List<String> args = new ArrayList<>(List.of(
                script.toString(),
                "--steps",
                Long.toString(steps),
                "--processes",
                Integer.toString(p),
                "--repeat",
                Integer.toString(repeats),
                "--warmup",
                "1"));
        if (p > 1) {
            args.addAll(List.of("--only", "pool"));
        }
        return args;
    }

    /**
     * The times in ms by strategy ({@link #SERIAL}, {@link #POOL}) from the program's output; a line
     * whose π is wrong is an error: no result is trusted blind.
     */
    static Map<String, double[]> parse(String output) {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            Matcher m = LINE.matcher(line.trim());
            if (!m.matches()) {
                continue;
            }
            double pi = Double.parseDouble(m.group(4));
            if (Math.abs(pi - Math.PI) > PI_TOLERANCE) {
                throw new IllegalStateException("python3 computed pi = " + m.group(4) + " (" + line.trim() + ")");
            }
            String strategy = m.group(1).equals("serial") ? SERIAL : POOL;
            times.computeIfAbsent(strategy, k -> new ArrayList<>()).add(Double.parseDouble(m.group(3)) * 1000);
        }
        Map<String, double[]> result = new LinkedHashMap<>();
        times.forEach((k, v) ->
                result.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return result;
    }

    /** Writes {@code python-p<p>.csv}, as JMH writes its CSV: strings quoted, numbers as {@code %f}. */
    static void writeCsv(Path csv, int p, long steps, Map<String, double[]> timesMs) throws IOException {
        Path tmp = csv.resolveSibling(csv.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                CSVPrinter printer = JMH_CSV.print(writer)) {
            printer.printRecord(
                    "Benchmark",
                    "Mode",
                    "Threads",
                    "Samples",
                    "Score",
                    "Score Error (99.9%)",
                    "Unit",
                    "Param: parallelism",
                    "Param: steps",
                    "Param: strategy");
            for (Map.Entry<String, double[]> entry : timesMs.entrySet()) {
                ListStatistics stats = new ListStatistics(entry.getValue());
                printer.printRecord(
                        BENCHMARK,
                        "avgt",
                        1,
                        stats.getN(),
                        number(stats.getMean()),
                        number(stats.getMeanErrorAt(0.999)),
                        "ms/op",
                        Integer.toString(p),
                        Long.toString(steps),
                        entry.getKey());
            }
        }
        Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** JMH's {@code %f}, unquoted; NaN (too few samples for an error) as JMH writes it. */
    private static Number number(double value) {
        return Double.isFinite(value) ? new BigDecimal(String.format(Locale.ROOT, "%f", value)) : value;
    }
}
