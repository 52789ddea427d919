package dev.speedup.benchmarks.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sweep refuses bad arguments before it creates anything: one line on stderr, exit 2, and no
 * run directory. Run in-process, as the jar's command, with a scratch repository as its home.
 */
class SweepArgumentsTest {
    @TempDir
    Path home;

    private record Result(int exit, String out, String err) {}

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Sweep.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                home);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void assertRefused(String... args) throws Exception {
        Path out = home.resolve("new-run");
        List<String> withOut = new ArrayList<>(List.of(args));
        if (!withOut.contains("--out")) {
            withOut.addAll(0, List.of("--out", out.toString()));
        }
        Result result = run(withOut.toArray(String[]::new));
        assertEquals(2, result.exit(), result.err());
        assertEquals(1, result.err().lines().count(), "one line: " + result.err());
        assertTrue(result.err().startsWith("run-bench.sh: "), result.err());
        assertEquals("", result.out(), "nothing on stdout");
        assertTrue(Files.notExists(out), "--out was created");
        assertTrue(Files.notExists(home.resolve("results")), "a run directory was created");
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
    @ValueSource(strings = {"0", "-1", "two", "1,,2", "1.5", "01", "", "99999999999"})
    void aCoreCountThatIsNotAPositiveIntegerIsRefused(String cores) throws Exception {
        assertRefused("--cores", cores);
    }

    @Test
    void moreCoresThanTheMachineLetsUsUseAreRefused() throws Exception {
        assertRefused("--cores", "1," + (MachineFacts.allowedCpus().size() + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "", "NoSuchBenchmark"})
    void aBenchRegexThatIsInvalidOrMatchesNothingIsRefused(String regex) throws Exception {
        assertRefused("--bench", regex);
    }

    @Test
    void aBenchmarkOutsideTheProfileMatchesNothing() throws Exception {
        assertRefused("--profile", "ci", "--bench", "BarrierBenchmark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-rf", "-rff", "-jvmArgsAppend"})
    void jmhOptionsTheSweepSetsItselfAreRefusedAfterDashes(String option) throws Exception {
        assertRefused("--", option, "x");
    }

    @Test
    void anOutDirectoryThatHoldsFilesIsRefusedAndKept() throws Exception {
        Path used = Files.createDirectories(home.resolve("used"));
        Files.writeString(used.resolve("keep.txt"), "mine");
        assertRefused("--out", used.toString());
        try (Stream<Path> files = Files.list(used)) {
            assertEquals(
                    List.of("keep.txt"),
                    files.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("mine", Files.readString(used.resolve("keep.txt")));
    }

    @Test
    void helpGoesToStdoutAndExitsZero() {
        Result result = run("--help");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().startsWith("usage: ./run-bench.sh"), result.out());
        for (String option : List.of(
                "--profile", "--cores", "--bench", "--out", "--jvm-args", "--no-python", "--verbose", "--dry-run")) {
            assertTrue(result.out().contains(option), option);
        }
    }

    @Test
    void aDryRunPrintsThePlanAndCreatesNothing() {
        Path out = home.resolve("planned");
        Result result = run(
                "--dry-run",
                "--profile",
                "smoke",
                "--cores",
                "1",
                "--bench",
                "PiBenchmark",
                "--out",
                out.toString(),
                "--no-python");
        assertEquals(0, result.exit(), result.err());
        // 6 strategies × 2 default loops (TUNED, VECTOR) = 12 combinations
        // × 1 fork × (1 s start + 1 × 100 ms warm-up + 2 × 100 ms measured)
        assertEquals(
                List.of(
                        "profile smoke, cores 1: 1 steps, 12 parameter combinations, about 15s",
                        "  p=1 PiBenchmark: 12 combinations"),
                result.out().lines().toList());
        assertTrue(Files.notExists(out));
        assertTrue(Files.notExists(home.resolve("results")));
    }

    @Test
    void jmhTimingAfterDashesReplacesTheProfilesInTheEstimate() {
        Result result = run(
                "--dry-run",
                "--profile",
                "smoke",
                "--cores",
                "1",
                "--bench",
                "PiBenchmark",
                "--no-python",
                "--",
                "-f",
                "2",
                "-i",
                "4",
                "-r",
                "1s");
        assertEquals(0, result.exit(), result.err());
        // 12 combinations × 2 forks × (1 s start + 1 × 100 ms + 4 × 1 s)
        assertTrue(
                result.out().startsWith("profile smoke, cores 1: 1 steps, 12 parameter combinations, about 2m02s"),
                result.out());
    }
}
