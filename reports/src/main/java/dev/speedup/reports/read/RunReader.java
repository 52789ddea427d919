package dev.speedup.reports.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a run directory ({@code jmh-p<p>.csv} files and {@code machine.properties}), or a single
 * JMH CSV file, into a {@link Run}.
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
            return new Run(
                    path,
                    label(machine, path.getFileName().toString()),
                    machine,
                    List.of(new JmhCsvReader(path).read()));
        }
        if (!Files.isDirectory(path)) {
            throw BadInputException.at(path, 0, "no such run directory or CSV file");
        }
        List<Path> csvs = csvFiles();
        if (csvs.isEmpty()) {
            throw BadInputException.at(
                    path,
                    0,
                    "no JMH CSV in this directory; expected jmh-p<cores>.csv"
                            + " files (or any *.csv written by JMH with -rf csv)");
        }
        MachineInfo machine = MachineInfo.read(path);
        Path name = path.toAbsolutePath().normalize().getFileName();
        return new Run(
                path,
                label(machine, name == null ? path.toString() : name.toString()),
                machine,
                csvs.stream().map(f -> new JmhCsvReader(f).read()).toList());
    }

    private List<Path> csvFiles() {
        List<Path> all;
        try (Stream<Path> s = Files.list(path)) {
            all = s.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .endsWith(".csv"))
                    .toList();
        } catch (IOException e) {
            throw BadInputException.at(path, 0, "cannot list directory: " + e.getMessage());
        }
        all.forEach(RunReader::checkCoresName);
        // Our runs name files by core count; then only those are results (any other CSV is not JMH's).
        List<Path> coreFiles = all.stream().filter(Run::isCoresFile).toList();
        List<Path> chosen = coreFiles.isEmpty() ? all : coreFiles;
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
