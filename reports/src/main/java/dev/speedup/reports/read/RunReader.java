package dev.speedup.reports.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a run directory ({@code jmh-p<p>.json} or {@code jmh-p<p>.csv}, {@code python-p<p>.csv},
 * {@code machine.properties}), or a single JMH CSV or JSON file, into a {@link Run}. Where one result
 * is there as JSON and as CSV, the JSON is read: it has the raw samples of every fork.
 */
public final class RunReader {
    private final Path path;

    public RunReader(Path path) {
        this.path = path;
    }

    public Run read() {
        if (Files.isRegularFile(path)) {
            checkCoresName(path);
            Path dir = path.toAbsolutePath().getParent();
            MachineInfo machine = MachineInfo.read(dir);
            return new Run(path, label(machine, path.getFileName().toString()), machine, List.of(readFile(path)));
        }
        if (!Files.isDirectory(path)) {
            throw BadInputException.at(path, 0, "no such run directory or CSV file (or JMH JSON file)");
        }
        List<Path> results = resultFiles();
        if (results.isEmpty()) {
            throw BadInputException.at(
                    path,
                    0,
                    "no JMH CSV or JSON in this directory; expected jmh-p<cores>.json or jmh-p<cores>.csv"
                            + " files (or any *.json / *.csv written by JMH with -rf json / -rf csv)");
        }
        MachineInfo machine = MachineInfo.read(path);
        Path name = path.toAbsolutePath().normalize().getFileName();
        return new Run(
                path,
                label(machine, name == null ? path.toString() : name.toString()),
                machine,
                results.stream().map(RunReader::readFile).toList());
    }

    /** JMH's JSON when the name ends in .json, its CSV otherwise. */
    public static JmhCsv readFile(Path file) {
        return isJson(file) ? new JmhJsonReader(file).read() : new JmhCsvReader(file).read();
    }

    private static boolean isJson(Path file) {
        return lowerName(file).endsWith(".json");
    }

    private static String lowerName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private List<Path> resultFiles() {
        List<Path> all;
        try (Stream<Path> s = Files.list(path)) {
            all = s.filter(Files::isRegularFile)
                    .filter(f -> lowerName(f).endsWith(".csv") || isJson(f))
                    .toList();
        } catch (IOException e) {
            throw BadInputException.at(path, 0, "cannot list directory: " + e.getMessage());
        }
        all.forEach(RunReader::checkCoresName);
        // Our runs name files by core count; then only those are results (any other file is not JMH's).
        List<Path> coreFiles = all.stream().filter(Run::isCoresFile).toList();
        List<Path> candidates = coreFiles.isEmpty() ? all : coreFiles;
        // The sweep writes each result twice (jmh-p2.csv and jmh-p2.json): read it once, from the JSON.
        Set<String> jsonStems = candidates.stream()
                .filter(RunReader::isJson)
                .map(RunReader::stem)
                .collect(Collectors.toSet());
        List<Path> chosen = candidates.stream()
                .filter(f -> isJson(f) || !jsonStems.contains(stem(f)))
                .toList();
        return chosen.stream()
                .sorted(Comparator.comparingInt((Path f) -> Run.coresOfFile(f).orElse(Integer.MAX_VALUE))
                        .thenComparing(f -> f.getFileName().toString()))
                .toList();
    }

    private static void checkCoresName(Path file) {
        if (Run.namedLikeCoresFile(file) && !Run.isCoresFile(file)) {
            throw BadInputException.at(
                    file,
                    0,
                    "the file name promises a core count outside 1 to " + Integer.MAX_VALUE
                            + "; expected jmh-p<cores>.csv such as jmh-p4.csv");
        }
    }

    private static String label(MachineInfo machine, String fallback) {
        return machine.get("host").isEmpty() ? fallback : machine.get("host");
    }
}
