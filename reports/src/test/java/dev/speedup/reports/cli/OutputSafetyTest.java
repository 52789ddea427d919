package dev.speedup.reports.cli;

import static dev.speedup.reports.TestFiles.HEADER;
import static dev.speedup.reports.TestFiles.row;
import static dev.speedup.reports.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.reports.Main;
import dev.speedup.reports.TestFiles;
import dev.speedup.reports.output.ReportDirectory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report never writes through a link, never clobbers what it did not write, and says why a write failed. */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path victim() throws Exception {
        Path victim = dir.resolve("elsewhere/victim.txt");
        Files.createDirectories(victim.getParent());
        return Files.writeString(victim, "precious");
    }

    private void assertRefusedInOneLine(int expectedCode, String... args) {
        assertEquals(expectedCode, run(args), out + "\n" + err);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void linkedSummaryInTheRunDirectoryIsNotFollowed() throws Exception {
        Path victim = victim();
        Path run = TestFiles.exampleRun(dir.resolve("run"));
        Files.createDirectories(run.resolve("report"));
        Path link = Files.createSymbolicLink(run.resolve("report/summary.md"), victim);
        assertRefusedInOneLine(2, "report", "--no-table", run.toString());
        assertTrue(err.toString().contains(link + ": is a symbolic link"), err.toString());
        assertEquals("precious", Files.readString(victim));
    }

    @Test
    void linkedReportDirectoryIsNotFollowed() throws Exception {
        Path victim = victim();
        Path run = TestFiles.exampleRun(dir.resolve("run"));
        Files.createSymbolicLink(run.resolve("report"), victim.getParent());
        assertRefusedInOneLine(2, "report", "--no-table", run.toString());
        assertTrue(err.toString().contains("report: is a symbolic link"), err.toString());
        try (Stream<Path> files = Files.list(victim.getParent())) {
            assertEquals(List.of(victim), files.toList());
        }
    }

    @Test
    void linkedChartsDirectoryIsNotFollowedEvenWithForce() throws Exception {
        Path victim = victim();
        Path run = TestFiles.exampleRun(dir.resolve("run"));
        Files.createDirectories(run.resolve("report"));
        Files.createSymbolicLink(run.resolve("report/charts"), victim.getParent());
        assertRefusedInOneLine(2, "report", "--no-table", "--force", run.toString());
        assertTrue(err.toString().contains("charts: is a symbolic link"), err.toString());
        try (Stream<Path> files = Files.list(victim.getParent())) {
            assertEquals(List.of(victim), files.toList());
        }
    }

    @Test
    void outWithOtherFilesIsRefusedUnlessForcedAndTheyAreKept() throws Exception {
        Path run = TestFiles.exampleRun(dir.resolve("run"));
        Path outDir = dir.resolve("out");
        Path mine = write(outDir, "notes.txt", "mine");
        Path clash = write(outDir, "summary.md", "my own summary");
        assertRefusedInOneLine(2, "report", "--no-table", "--out", outDir.toString(), run.toString());
        assertTrue(err.toString().contains("holds 2 files this report did not write"), err.toString());
        assertTrue(err.toString().contains("--force"), err.toString());
        assertEquals("my own summary\n", Files.readString(clash), "nothing written when refused");

        assertEquals(0, run("report", "--no-table", "--force", "--out", outDir.toString(), run.toString()));
        assertEquals("mine\n", Files.readString(mine));
        assertTrue(Files.readString(clash).startsWith("## Speedup summary"));
    }

    @Test
    void aSecondReportReplacesExactlyWhatTheFirstWroteAndDropsStaleCharts() throws Exception {
        Path run = dir.resolve("run");
        write(
                run,
                "jmh-p1.csv",
                HEADER,
                row("a.Old.m", 10, 1, "ms/op", 1, "10", "SERIAL"),
                row("a.Keep.m", 10, 1, "ms/op", 1, "10", "SERIAL"));
        assertEquals(0, run("report", "--no-table", run.toString()), err.toString());
        Path report = run.resolve("report");
        assertTrue(filesUnder(report).stream().anyMatch(f -> f.contains("Old")));

        write(run, "jmh-p1.csv", HEADER, row("a.Keep.m", 10, 1, "ms/op", 1, "10", "SERIAL"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("report", "--no-table", run.toString()), err.toString());
        Set<String> printed = out.toString()
                .lines()
                .map(l -> report.relativize(Path.of(l)).toString())
                .collect(Collectors.toSet());
        Set<String> onDisk = filesUnder(report);
        onDisk.remove(ReportDirectory.MANIFEST);
        assertEquals(printed, onDisk, "exactly the files of the second report remain");
        assertFalse(onDisk.stream().anyMatch(f -> f.contains("Old")), onDisk.toString());
    }

    @Test
    void manifestEntriesOutsideTheDirectoryAreNeverDeleted() throws Exception {
        Path victim = victim();
        Path run = TestFiles.exampleRun(dir.resolve("run"));
        write(
                run.resolve("report"),
                ReportDirectory.MANIFEST,
                "../../elsewhere/victim.txt",
                victim.toString(),
                "charts/../../../elsewhere/victim.txt");
        assertEquals(0, run("report", "--no-table", run.toString()), err.toString());
        assertEquals("precious", Files.readString(victim));
    }

    @Test
    void outThatIsAFileSaysNotADirectory() throws Exception {
        Path run = TestFiles.exampleRun(dir.resolve("run"));
        Path file = write(dir, "plain.txt", "x");
        assertRefusedInOneLine(Main.WRITE_FAILED, "report", "--no-table", "--out", file.toString(), run.toString());
        assertTrue(err.toString().contains("cannot write the report: " + file + ": not a directory"), err.toString());
    }

    @Test
    void outInsideAFileSaysNotADirectory() throws Exception {
        Path run = TestFiles.exampleRun(dir.resolve("run"));
        Path file = write(dir, "plain.txt", "x");
        assertRefusedInOneLine(
                Main.WRITE_FAILED,
                "report",
                "--no-table",
                "--out",
                file.resolve("sub").toString(),
                run.toString());
        assertTrue(err.toString().contains(": not a directory"), err.toString());
    }

    private static Set<String> filesUnder(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
    }
}
