package dev.speedup.reports.cli;

import static dev.speedup.reports.TestFiles.HEADER;
import static dev.speedup.reports.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.reports.Main;
import dev.speedup.reports.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "report", "table"})
    void everyCommandHasHelp(String command) {
        String[] args = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        assertEquals(0, run(args));
        assertTrue(out.toString().contains("Usage: reports " + command), out.toString());
    }

    @Test
    void noCommandPrintsUsageAndExits2() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("missing command"), err.toString());
        assertTrue(err.toString().contains("Usage: reports"), err.toString());
    }

    @Test
    void unknownOptionPrintsUsageAndExits2() {
        assertEquals(2, run("report", "--colour", dir.toString()));
        assertTrue(err.toString().contains("Unknown option: '--colour'"), err.toString());
        assertTrue(err.toString().contains("Usage: reports report"), err.toString());
    }

    @Test
    void severalRunsNeedAnOutputDirectory() {
        assertEquals(
                2,
                run(
                        "report",
                        TestFiles.exampleRun(dir.resolve("a")).toString(),
                        TestFiles.exampleRun(dir.resolve("b")).toString()));
        assertTrue(err.toString().contains("--out DIR"), err.toString());
    }

    @Test
    void conflictingCoreAxisOptionsAreRejected() {
        assertEquals(
                2,
                run(
                        "table",
                        "--cores-param",
                        "n",
                        "--cores-from",
                        "threads",
                        TestFiles.exampleRun(dir).toString()));
        assertTrue(err.toString().contains("cannot be used together"), err.toString());
    }

    @Test
    void malformedInputExits2WithFileAndLineAndNoStackTrace() {
        write(
                dir,
                "jmh-p1.csv",
                HEADER,
                "\"a.B.c\",\"avgt\",1,5,1.0,0.1,\"ms/op\",1,10,SERIAL",
                "\"a.B.c\",\"avgt\",1,5,oops,0.1,\"ms/op\",1,10,THREADS");
        assertEquals(2, run("report", dir.toString()));
        String message = err.toString();
        assertEquals(
                "reports: " + dir.resolve("jmh-p1.csv") + ":3: expected a number in column"
                        + " \"Score\", found \"oops\"",
                message.strip());
        assertFalse(Files.exists(dir.resolve("report")), "nothing is written for bad input");
    }

    @Test
    void missingRunDirectoryExits2() {
        assertEquals(2, run("report", dir.resolve("nope").toString()));
        assertTrue(err.toString().contains("nope: no such run directory or CSV file"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void reportPrintsEveryFileItWroteAndTheSpeedupTable() {
        TestFiles.exampleRun(dir);
        assertEquals(0, run("report", dir.toString()), err.toString());
        String printed = out.toString();
        Path report = dir.resolve("report");
        assertTrue(printed.contains(report.resolve("speedup.csv").toString()), printed);
        for (String line : printed.lines().takeWhile(l -> !l.isBlank()).toList()) {
            assertTrue(Files.isRegularFile(Path.of(line)), line);
        }
        assertTrue(printed.contains("PiBenchmark.pi size=1000"), printed);
        assertTrue(
                printed.lines().anyMatch(l -> l.matches("\\s+THREADS\\s+1\\.00\\s+1\\.92\\*\\s+3\\.70\\*")), printed);
    }

    @Test
    void tableCommandWritesNothing() {
        TestFiles.exampleRun(dir);
        assertEquals(0, run("table", dir.toString()), err.toString());
        assertTrue(out.toString().contains("speedup vs SERIAL at 1 core"), out.toString());
        assertFalse(Files.exists(dir.resolve("report")));
    }

    @Test
    void runsOfOneHostAreToldApartInAComparison() throws Exception {
        Path a = TestFiles.exampleRun(dir.resolve("x/run"));
        Path b = TestFiles.exampleRun(dir.resolve("y/run"));
        assertEquals(
                0,
                run("report", "--no-table", "--out", dir.resolve("cmp").toString(), a.toString(), b.toString()),
                err.toString());
        String csv = Files.readString(dir.resolve("cmp/speedup.csv"));
        assertTrue(csv.contains("\nbox-1 (run),") && csv.contains("\nbox-1 (run) #2,"), csv);
    }

    @Test
    void chartsAreCappedWithOneLineAndEveryCaseStaysInTheTables() throws Exception {
        Path run = dir.resolve("run");
        write(
                run,
                "jmh-p1.csv",
                HEADER,
                TestFiles.row("a.A.m", 10, 1, "ms/op", 1, "10", "SERIAL"),
                TestFiles.row("a.B.m", 10, 1, "ms/op", 1, "10", "SERIAL"),
                TestFiles.row("a.C.m", 10, 1, "ms/op", 1, "10", "SERIAL"));
        assertEquals(0, run("report", "--no-table", "--max-chart-cases", "1", run.toString()), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(
                List.of("charts: 2 cases left out of the charts (--max-chart-cases 1); every"
                        + " case is still in the tables, index.html and speedup.csv"),
                lines.stream().filter(l -> l.startsWith("charts:")).toList());
        try (var charts = Files.list(run.resolve("report/charts"))) {
            assertEquals(3, charts.count(), "3 charts for the one case");
        }
        String csv = Files.readString(run.resolve("report/speedup.csv"));
        assertTrue(csv.contains("a.A.m") && csv.contains("a.B.m") && csv.contains("a.C.m"), csv);
        String html = Files.readString(run.resolve("report/index.html"));
        assertTrue(html.contains("a.C.m") || html.contains("C.m"), "every case is in the page");
    }

    @Test
    void duplicateRowsAreOneLineWithACount() {
        String row = TestFiles.row("a.A.m", 10, 1, "ms/op", 1, "10", "SERIAL");
        String[] lines = new String[1001];
        lines[0] = HEADER;
        java.util.Arrays.fill(lines, 1, lines.length, row);
        write(dir, "jmh-p1.csv", lines);
        assertEquals(0, run("table", dir.toString()), err.toString());
        List<String> notes =
                out.toString().lines().filter(l -> l.startsWith("note:")).toList();
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("note: 999 duplicate results"), notes.get(0));
    }

    @Test
    void errorMessagesShowControlCharactersVisibly() {
        write(dir, "jmh-p1.csv", HEADER, "\"a.B.c\",\"avgt\",1,5,1\u001b[2J,0.1,\"ms/op\",2,10,X");
        assertEquals(2, run("table", dir.toString()));
        assertFalse(err.toString().contains("\u001b"), err.toString());
        assertTrue(err.toString().contains("found \"1\\x1b[2J\""), err.toString());
    }
}
