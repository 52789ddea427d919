package dev.speedup.reports.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

class CompareCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int compare(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "compare";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.run(new PrintWriter(out), new PrintWriter(err), all);
    }

    private static Runs typical(Path dir, long seed, double threadsAt2) {
        return new Runs(dir, seed)
                .pi("SERIAL", 1, 20, 5)
                .pi("THREADS", 1, 20.5, 5)
                .pi("THREADS", 2, threadsAt2, 5)
                .pi("FORK_JOIN", 2, 10.4, 5);
    }

    private String csvLine(Path file, String strategy, int cores) throws Exception {
        return Files.readAllLines(file).stream()
                .filter(l -> l.contains("," + strategy + "," + cores + ","))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + strategy + " p=" + cores));
    }

    @Test
    void aThirtyPercentSlowerRowFailsWithExitOneInEveryOutput() throws Exception {
        Path base = typical(dir.resolve("base"), 1, 10.5).write();
        Path candidate = typical(dir.resolve("new"), 2, 10.5 * 1.3).write();
        assertEquals(1, compare(base.toString(), candidate.toString()), err.toString());
        Path outDir = candidate.resolve("compare");
        assertTrue(csvLine(outDir.resolve("compare.csv"), "THREADS", 2).contains(",REGRESSION,"));
        String forkJoin = csvLine(outDir.resolve("compare.csv"), "FORK_JOIN", 2);
        assertFalse(forkJoin.contains(",REGRESSION,"), forkJoin);
        String xml = Files.readString(outDir.resolve("compare.xml"));
        assertTrue(xml.contains("failures=\"1\""), xml);
        assertTrue(xml.contains("<failure type=\"REGRESSION\""), xml);
        String md = Files.readString(outDir.resolve("compare.md"));
        assertTrue(md.startsWith("## Performance: REGRESSION"), md);
        assertTrue(md.contains("time at 2 cores got slower"), md);
        assertTrue(Files.size(outDir.resolve("charts/compare-1.png")) > 1000);
        assertTrue(out.toString().contains("REGRESSION: failing (exit 1)"), out.toString());
    }

    @Test
    void theSameRunComparedWithItselfIsUnchangedAndExitsZero() throws Exception {
        Path base = typical(dir.resolve("base"), 1, 10.5).write();
        assertEquals(
                0,
                compare(
                        base.toString(),
                        base.toString(),
                        "--out",
                        dir.resolve("aa").toString()));
        List<String> rows = Files.readAllLines(dir.resolve("aa/compare.csv")).subList(1, 5);
        // Identical samples: ratio exactly 1; a slow fork may leave the interval too wide to say UNCHANGED.
        for (String row : rows) {
            assertTrue(row.contains(",1.0,") && row.matches(".*,(UNCHANGED|INCONCLUSIVE),.*"), row);
        }
        assertTrue(rows.stream().filter(r -> r.contains(",UNCHANGED,")).count() >= 3, rows.toString());
    }

    @Test
    void aRerunGivesByteForByteTheSameAnswer() throws Exception {
        Path base = typical(dir.resolve("base"), 1, 10.5).write();
        Path candidate = typical(dir.resolve("new"), 2, 12).write();
        compare(
                base.toString(),
                candidate.toString(),
                "--out",
                dir.resolve("one").toString());
        compare(
                base.toString(),
                candidate.toString(),
                "--out",
                dir.resolve("two").toString());
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("one/compare.csv")), Files.readAllBytes(dir.resolve("two/compare.csv")));
    }

    @Test
    void throughputThatFellIsARegressionAndThroughputThatRoseIsAnImprovement() throws Exception {
        String bench = "dev.speedup.benchmarks.ProducerConsumerBenchmark.queue";
        Path base = new Runs(dir.resolve("base"), 1)
                .row(bench, "thrpt", "ops/s", "A", 1, 1000, 5)
                .row(bench, "thrpt", "ops/s", "B", 1, 1000, 5)
                .write();
        Path candidate = new Runs(dir.resolve("new"), 2)
                .row(bench, "thrpt", "ops/s", "A", 1, 700, 5)
                .row(bench, "thrpt", "ops/s", "B", 1, 1400, 5)
                .write();
        assertEquals(1, compare(base.toString(), candidate.toString()));
        Path csv = candidate.resolve("compare/compare.csv");
        assertTrue(csvLine(csv, "A", 1).contains(",REGRESSION,"), csvLine(csv, "A", 1));
        assertTrue(csvLine(csv, "B", 1).contains(",IMPROVEMENT,"), csvLine(csv, "B", 1));
    }

    @Test
    void twoForksAreInsufficientNeverUnchanged() throws Exception {
        Path base = new Runs(dir.resolve("base"), 1).pi("SERIAL", 1, 20, 2).write();
        Path candidate = new Runs(dir.resolve("new"), 2).pi("SERIAL", 1, 20, 2).write();
        assertEquals(0, compare(base.toString(), candidate.toString()));
        String line = csvLine(candidate.resolve("compare/compare.csv"), "SERIAL", 1);
        assertTrue(line.contains(",INSUFFICIENT,") && line.contains("needs 5 forks per side"), line);
    }

    @Test
    void rowsOnOneSideAreNewOrMissingAndStrictFailsOnMissing() throws Exception {
        Path base = new Runs(dir.resolve("base"), 1)
                .pi("SERIAL", 1, 20, 5)
                .pi("EXECUTOR", 1, 20, 5)
                .write();
        Path candidate = new Runs(dir.resolve("new"), 2)
                .pi("SERIAL", 1, 20, 5)
                .pi("FORK_JOIN", 1, 20, 5)
                .write();
        assertEquals(0, compare(base.toString(), candidate.toString()));
        Path csv = candidate.resolve("compare/compare.csv");
        assertTrue(csvLine(csv, "EXECUTOR", 1).contains(",MISSING,"));
        assertTrue(csvLine(csv, "FORK_JOIN", 1).contains(",NEW,"));
        assertEquals(1, compare(base.toString(), candidate.toString(), "--strict"));
    }

    @Test
    void aChangedModeIsIncomparable() throws Exception {
        Path base = new Runs(dir.resolve("base"), 1)
                .row(Runs.PI, "avgt", "ms/op", "SERIAL", 1, 20, 5)
                .write();
        Path candidate = new Runs(dir.resolve("new"), 2)
                .row(Runs.PI, "ss", "ms/op", "SERIAL", 1, 20, 5)
                .write();
        assertEquals(0, compare(base.toString(), candidate.toString()));
        assertTrue(
                csvLine(candidate.resolve("compare/compare.csv"), "SERIAL", 1).contains(",INCOMPARABLE,"));
    }

    @Test
    void csvOnlyRunsGiveAnApproximateVerdict() throws Exception {
        String b = Runs.PI;
        TestFiles.write(
                dir.resolve("base"),
                "jmh-p1.csv",
                TestFiles.HEADER,
                TestFiles.row(b, 20, 0.4, "ms/op", 1, "1000", "SERIAL"));
        TestFiles.write(
                dir.resolve("new"),
                "jmh-p1.csv",
                TestFiles.HEADER,
                TestFiles.row(b, 30, 0.5, "ms/op", 1, "1000", "SERIAL"));
        assertEquals(
                1, compare(dir.resolve("base").toString(), dir.resolve("new").toString()));
        String line = csvLine(dir.resolve("new/compare/compare.csv"), "SERIAL", 1);
        assertTrue(line.contains(",REGRESSION,true,"), line);
    }

    @Test
    void differentMachinesNeverGateOnAbsoluteTimes() throws Exception {
        Path base = typical(dir.resolve("base"), 1, 10.5).write();
        Path candidate = typical(dir.resolve("new"), 2, 10.5 * 1.3)
                .machine("host=big\ncpu.model=Other CPU\ncpu.online=64\njava.version=21.0.8")
                .write();
        assertEquals(0, compare(base.toString(), candidate.toString()));
        assertTrue(out.toString().contains("DIFFERENT MACHINES"), out.toString());
        String md = Files.readString(candidate.resolve("compare/compare.md"));
        assertTrue(md.contains("DIFFERENT MACHINES (cpu.model Test CPU vs Other CPU"), md);
        // The efficiency of THREADS at 2 cores fell 30 %: that gates only when asked.
        assertEquals(1, compare(base.toString(), candidate.toString(), "--gate-efficiency"));
    }

    @Test
    void everyModeOfARealJmhJsonIsItsOwnRow() throws Exception {
        // JMH 1.37, -bm sample,avgt,thrpt -f 2: three rows with one key but for the mode, 2 forks each.
        Path real = Path.of(
                getClass().getResource("/jmh/kernel-three-modes-gc.json").toURI());
        assertEquals(
                0,
                compare(
                        real.toString(),
                        real.toString(),
                        "--out",
                        dir.resolve("o").toString()));
        List<String> lines = Files.readAllLines(dir.resolve("o/compare.csv"));
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",INSUFFICIENT,")), lines.toString());
    }

    @Test
    void aModeChangedBetweenRunsIsIncomparableNotMissingAndNew() throws Exception {
        Path base = new Runs(dir.resolve("base"), 1)
                .row(Runs.PI, "thrpt", "ops/s", "SERIAL", 1, 20, 5)
                .write();
        Path candidate = new Runs(dir.resolve("new"), 2)
                .row(Runs.PI, "avgt", "ms/op", "SERIAL", 1, 20, 5)
                .write();
        assertEquals(0, compare(base.toString(), candidate.toString(), "--strict"));
        List<String> lines = Files.readAllLines(candidate.resolve("compare/compare.csv"));
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).contains(",INCOMPARABLE,"), lines.get(1));
    }

    @Test
    void aSymlinkPlantedAtAnOutputIsRefusedNotFollowed() throws Exception {
        Path base = typical(dir.resolve("base"), 1, 10.5).write();
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(out.resolve("compare.csv"), victim);
        assertEquals(2, compare(base.toString(), base.toString(), "--out", out.toString(), "--force"));
        assertEquals("keep me", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(out.resolve("compare.csv")), "the link is left for the user to look at");
        assertTrue(err.toString().contains("symbolic link"), err.toString());
    }

    @Test
    void aSecondCompareIntoTheSameDirectoryReplacesWhatTheFirstWroteButForeignFilesNeedForce() throws Exception {
        Path base = typical(dir.resolve("base"), 1, 10.5).write();
        Path out = dir.resolve("out");
        assertEquals(0, compare(base.toString(), base.toString(), "--out", out.toString()));
        assertEquals(0, compare(base.toString(), base.toString(), "--out", out.toString()));
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertEquals(2, compare(base.toString(), base.toString(), "--out", out.toString()));
        assertEquals(0, compare(base.toString(), base.toString(), "--out", out.toString(), "--force"));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void aFormulaInAParamIsNeutralisedInTheCsv() throws Exception {
        Path base =
                new Runs(dir.resolve("base"), 1).pi("=HYPERLINK(1)", 1, 20, 5).write();
        assertEquals(0, compare(base.toString(), base.toString()));
        String csv = Files.readString(base.resolve("compare/compare.csv"));
        assertTrue(csv.contains(",'=HYPERLINK(1),"), csv);
    }

    @Test
    void badInputIsOneLineNamingFileAndLineWithExitTwo() throws Exception {
        Path base = typical(dir.resolve("base"), 1, 10.5).write();
        Path bad = TestFiles.write(dir.resolve("bad"), "jmh-p1.json", "[\n  { \"benchmark\" : \"a.B.c\" ,\n");
        assertEquals(2, compare(base.toString(), bad.getParent().toString()));
        String e = err.toString().trim();
        assertTrue(e.startsWith("reports: " + bad + ":"), e);
        assertFalse(e.contains("\n") || e.contains("Exception"), e);
        assertFalse(Files.exists(bad.getParent().resolve("compare")));
    }

    @Test
    void aThresholdThatIsNotAPercentageIsABadArgument() {
        assertEquals(2, compare("--threshold", "ten", "a", "b"));
        assertTrue(err.toString().contains("--threshold"), err.toString());
    }

    @Test
    void helpListsTheExitCodes() {
        assertEquals(0, compare("--help"));
        assertTrue(out.toString().contains("1   at least one REGRESSION")
                || out.toString().contains("at least one REGRESSION"));
        assertTrue(List.of(out.toString().split("\n")).stream().anyMatch(l -> l.contains("--threshold")));
    }
}
