package dev.speedup.reports.read;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One run directory as read: where it came from, its label, its machine and its result files. */
public record Run(Path source, String label, MachineInfo machine, List<JmhCsv> files) {
    // python-p<p>.csv: the lecture's CPython code, timed by the sweep and written in JMH's CSV shape.
    private static final Pattern CORES_FILE = Pattern.compile("(?:jmh|python)-p(\\d+)\\.(?:csv|json)");

    public Run {
        files = List.copyOf(files);
    }

    public List<JmhRow> rows() {
        return files.stream().flatMap(f -> f.rows().stream()).toList();
    }

    public Run withLabel(String newLabel) {
        return new Run(source, newLabel, machine, files);
    }

    /**
     * The core count a file name promises ({@code jmh-p4.csv}, {@code jmh-p4.json} and
     * {@code python-p4.csv} were measured on 4 CPUs), if any; a
     * count of 0 or beyond an int promises nothing ({@link RunReader} rejects such a name).
     */
    public static OptionalInt coresOfFile(Path file) {
        Matcher m = CORES_FILE.matcher(file.getFileName().toString());
        if (!m.matches() || m.group(1).length() > 10) {
            return OptionalInt.empty();
        }
        long cores = Long.parseLong(m.group(1));
        return cores >= 1 && cores <= Integer.MAX_VALUE ? OptionalInt.of((int) cores) : OptionalInt.empty();
    }

    public static boolean isCoresFile(Path file) {
        return coresOfFile(file).isPresent();
    }

    /** Named like a core-count file ({@code jmh-p<digits>.csv}), whether or not the count is usable. */
    static boolean namedLikeCoresFile(Path file) {
        return CORES_FILE.matcher(file.getFileName().toString()).matches();
    }
}
