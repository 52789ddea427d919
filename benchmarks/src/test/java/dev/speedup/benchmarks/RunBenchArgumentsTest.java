package dev.speedup.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code run-bench.sh} refuses bad arguments before it builds or creates anything: usage on
 * stderr, exit 2, and no run directory.
 */
class RunBenchArgumentsTest {
    /** The module's tests run in {@code benchmarks/}; the script is one level up. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static final Path SCRIPT = ROOT.resolve("run-bench.sh");

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsBash() {
        assumeTrue(new File("/bin/bash").canExecute() || new File("/usr/bin/bash").canExecute(), "no bash here");
        assumeTrue(Files.isRegularFile(SCRIPT), "run-bench.sh not found at " + SCRIPT);
    }

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("run-bench", ".out");
        Path err = Files.createTempFile("run-bench", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(ROOT.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "run-bench.sh did not exit");
            return new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static List<String> runDirectories() throws Exception {
        Path results = ROOT.resolve("results");
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(results)) {
            return list.map(Path::toString).sorted().toList();
        }
    }

    private void assertRefused(String... args) throws Exception {
        List<String> before = runDirectories();
        Path out = tmp.resolve("new-run");
        List<String> withOut = new ArrayList<>(List.of(args));
        if (!withOut.contains("--out")) {
            withOut.addAll(List.of("--out", out.toString()));
        }
        Result result = run(withOut.toArray(String[]::new));
        assertEquals(2, result.exit(), result.err());
        assertTrue(result.err().contains("usage: ./run-bench.sh"), result.err());
        assertEquals("", result.out(), "usage goes to stderr only");
        assertEquals(before, runDirectories(), "a run directory was created");
        assertTrue(Files.notExists(out), "--out was created");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--frobnicate", "extra", "-p"})
    void anUnknownOptionIsRefused(String option) throws Exception {
        assertRefused(option);
    }

    @Test
    void anUnknownProfileIsRefused() throws Exception {
        assertRefused("--profile", "huge");
    }

    @Test
    void anOptionWithoutItsValueIsRefused() throws Exception {
        assertRefused("--cores");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "two", "1,,2", "1.5", "01", ""})
    void aCoreCountThatIsNotAPositiveIntegerIsRefused(String cores) throws Exception {
        assertRefused("--cores", cores);
    }

    @Test
    void moreCoresThanTheMachineHasAreRefused() throws Exception {
        assertRefused("--cores", "1," + (Runtime.getRuntime().availableProcessors() + 64));
    }

    @Test
    void anOutDirectoryThatHoldsFilesIsRefused() throws Exception {
        Path used = Files.createDirectories(tmp.resolve("used"));
        Files.writeString(used.resolve("keep.txt"), "mine");
        assertRefused("--out", used.toString());
        assertEquals(
                List.of("keep.txt"),
                Files.list(used).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void helpGoesToStdoutAndExitsZero() throws Exception {
        Result result = run("--help");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("--profile"), result.out());
    }
}
