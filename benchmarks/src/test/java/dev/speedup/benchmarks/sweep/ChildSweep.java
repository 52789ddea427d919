package dev.speedup.benchmarks.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sweep as a user starts it, in a child JVM of the test's own java and class path. */
final class ChildSweep {
    private ChildSweep() {}

    /** A sweep with {@code args}, its home at {@code home}, stdout and stderr together into {@code output}. */
    static ProcessBuilder builder(Path home, Path output, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dspeedup.home=" + home,
                Sweep.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    }
}
