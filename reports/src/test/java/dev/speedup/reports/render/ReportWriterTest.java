package dev.speedup.reports.render;

import static dev.speedup.reports.TestFiles.HEADER;
import static dev.speedup.reports.TestFiles.row;
import static dev.speedup.reports.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.reports.TestFiles;
import dev.speedup.reports.analysis.AnalysisOptions;
import dev.speedup.reports.analysis.Analyzer;
import dev.speedup.reports.analysis.RunAnalysis;
import dev.speedup.reports.read.RunReader;
import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    private static final String EVIL = "<script>alert('x')</script>";

    @TempDir
    Path dir;

    private static RunAnalysis analyse(Path run) {
        return new Analyzer(AnalysisOptions.defaults()).analyze(new RunReader(run).read());
    }

    private List<Path> report(Path out, Path... runs) throws Exception {
        return new ReportWriter(out)
                .write(Stream.of(runs).map(ReportWriterTest::analyse).toList());
    }

    @Test
    void chartsAreWrittenAtTwiceTheirLogicalSize() throws Exception {
        List<Path> written = report(dir.resolve("out"), TestFiles.exampleRun(dir.resolve("run")));
        List<Path> pngs =
                written.stream().filter(p -> p.toString().endsWith(".png")).toList();
        // speedup, efficiency and time for the one case
        assertEquals(3, pngs.size(), written.toString());
        for (Path png : pngs) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1600, image.getWidth(), png.toString());
            assertEquals(1000, image.getHeight(), png.toString());
        }
        assertTrue(
                pngs.stream().anyMatch(p -> p.getFileName().toString().equals("PiBenchmark_pi_size_1000-speedup.png")),
                pngs.toString());
    }

    @Test
    void everyOutputIsWrittenAndListed() throws Exception {
        Path out = dir.resolve("out");
        List<Path> written = report(out, TestFiles.exampleRun(dir.resolve("run")));
        for (String name : List.of("speedup.csv", "index.html", "summary.md")) {
            assertTrue(written.contains(out.resolve(name)), name);
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        try (Stream<Path> all = Files.walk(out)) {
            assertEquals(written.size(), all.filter(Files::isRegularFile).count(), "every file written is printed");
        }
    }

    @Test
    void speedupCsvHasTheAgreedColumnsAndNaForUnknowns() throws Exception {
        Path out = dir.resolve("out");
        report(out, TestFiles.exampleRun(dir.resolve("run")));
        try (Reader in = Files.newBufferedReader(out.resolve("speedup.csv"));
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            assertTrue(
                    csv.getHeaderNames()
                            .containsAll(List.of(
                                    "benchmark",
                                    "strategy",
                                    "cores",
                                    "score",
                                    "score_error",
                                    "unit",
                                    "speedup",
                                    "speedup_error",
                                    "self_speedup",
                                    "efficiency",
                                    "karp_flatt",
                                    "size")),
                    csv.getHeaderNames().toString());
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(4, rows.size());
            CSVRecord threads4 = rows.stream()
                    .filter(r -> r.get("strategy").equals("THREADS")
                            && r.get("cores").equals("4"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(3.7037, Double.parseDouble(threads4.get("speedup")), 1e-4);
            assertEquals(0.926, Double.parseDouble(threads4.get("efficiency")), 1e-3);
            assertEquals(0.026667, Double.parseDouble(threads4.get("karp_flatt")), 1e-6);
            assertEquals("ms/op", threads4.get("unit"));
            assertEquals("1000", threads4.get("size"));
            assertEquals("n/a", rows.get(0).get("karp_flatt"));
        }
    }

    @Test
    void scriptInAParamValueStaysTextInTheHtml() throws Exception {
        Path run = dir.resolve("run");
        write(
                run,
                "jmh-p1.csv",
                HEADER,
                row("a.Evil.m", 10, 1, "ms/op", 1, "10", "SERIAL"),
                row("a.Evil.m", 10, 1, "ms/op", 1, "10", "\"" + EVIL + "\""));
        write(run, "jmh-p2.csv", HEADER, row("a.Evil.m", 6, 1, "ms/op", 2, "10", "\"" + EVIL + "\""));
        write(run, "machine.properties", "host=<b>host</b>", "cpu.model=<img src=x onerror=alert(1)>");
        Path out = dir.resolve("out");
        report(out, run);
        String html = Files.readString(out.resolve("index.html"));
        assertFalse(html.contains("<script"), "no script element may come from input");
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("<b>host"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
        String md = Files.readString(out.resolve("summary.md"));
        assertFalse(md.contains("<script"), md);
    }

    @Test
    void hostileBenchmarkNamesCannotWriteOutsideTheOutputDirectory() throws Exception {
        Path run = dir.resolve("run");
        String bench = "../../../../escape/..\\\\x.Bench./etc/passwd";
        write(
                run,
                "jmh-p1.csv",
                HEADER,
                row(bench, 10, 1, "ms/op", 1, "../../x", "SERIAL"),
                row(bench, 10, 1, "ms/op", 1, "../../x", "THREADS"));
        write(run, "jmh-p2.csv", HEADER, row(bench, 6, 1, "ms/op", 2, "../../x", "THREADS"));
        Path out = dir.resolve("deep/out");
        List<Path> written = report(out, run);
        Path charts = out.resolve("charts").toAbsolutePath().normalize();
        for (Path p : written) {
            Path abs = p.toAbsolutePath().normalize();
            assertTrue(abs.startsWith(out.toAbsolutePath().normalize()), p.toString());
            if (p.toString().endsWith(".png")) {
                assertEquals(charts, abs.getParent(), p.toString());
                assertTrue(p.getFileName().toString().matches("[A-Za-z0-9_-]+\\.png"), p.toString());
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertTrue(
                    all.filter(Files::isRegularFile).allMatch(p -> p.startsWith(run) || p.startsWith(out)),
                    "nothing written elsewhere");
        }
    }

    @Test
    void interruptedRunIsShownAsIncompleteEverywhere() throws Exception {
        Path run = TestFiles.exampleRun(dir.resolve("run"));
        Files.writeString(run.resolve("machine.properties"), "host=box\ninterrupted=true\n");
        Path out = dir.resolve("out");
        report(out, run);
        assertTrue(Files.readString(out.resolve("index.html")).contains("Incomplete run"));
        assertTrue(Files.readString(out.resolve("summary.md")).contains("Incomplete run"));
    }

    @Test
    void caseWithoutSerialSaysAbsoluteSpeedupIsNotAvailable() throws Exception {
        Path run = dir.resolve("run");
        write(run, "jmh-p1.csv", HEADER, row("a.B.m", 10, 1, "ms/op", 1, "10", "THREADS"));
        write(run, "jmh-p2.csv", HEADER, row("a.B.m", 6, 1, "ms/op", 2, "10", "THREADS"));
        Path out = dir.resolve("out");
        report(out, run);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("No SERIAL result at 1 core for this case: absolute speedup is n/a"), html);
        assertTrue(Files.readString(out.resolve("summary.md")).contains("1.67†"));
    }

    @Test
    void severalMachinesOverlaySpeedupEfficiencyTimeAndNormalizedTime() throws Exception {
        Path a = TestFiles.exampleRun(dir.resolve("a"));
        Path b = TestFiles.exampleRun(dir.resolve("b"));
        Files.writeString(b.resolve("machine.properties"), "host=box-2\n");
        Path out = dir.resolve("cmp");
        List<Path> written = report(out, a, b);
        for (String kind : List.of("speedup", "efficiency", "time", "normalized")) {
            String name = "PiBenchmark_pi_size_1000-machines-" + kind + ".png";
            assertTrue(written.stream().anyMatch(p -> p.getFileName().toString().equals(name)), written.toString());
        }
        String csv = Files.readString(out.resolve("speedup.csv"));
        assertTrue(csv.contains("\nbox-1,") && csv.contains("\nbox-2,"), csv);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("<th class=\"l\">box-1</th><th class=\"l\">box-2</th>"), html);
        // a table per case with one column per machine
        assertTrue(html.contains("<th>box-1</th><th>box-2</th>"), html);
    }

    @Test
    void fileNamesAreSanitizedAndUnique() {
        FileNames names = new FileNames(dir);
        assertEquals("etc_passwd", FileNames.slug("../../etc/passwd"));
        assertEquals("a_b-c", FileNames.slug("a.b-c"));
        assertEquals("chart", FileNames.slug("..."));
        assertEquals(dir.resolve("x.png"), names.file("x", ".png"));
        assertEquals(dir.resolve("x-2.png"), names.file("x", ".png"));
        // case-insensitive file systems (macOS, Windows) would merge X.png and x.png
        assertEquals(dir.resolve("X-3.png"), names.file("X", ".png"));
    }

    @Test
    void theSummaryIsTheFirstSectionAndAnswersWithStrategySpeedupAndReason() throws Exception {
        Path run = TestFiles.exampleRun(dir.resolve("run"));
        Path out = dir.resolve("out");
        report(out, run);
        String html = Files.readString(out.resolve("index.html"));
        int summary = html.indexOf("<section id=\"summary\">");
        assertTrue(summary > 0, html);
        assertTrue(summary < html.indexOf("<h2 id=\"machines\">"), "summary before the machine block");
        assertTrue(summary < html.indexOf("<section id=\"case-0\">"), "summary before every case");
        // THREADS at 4 cores: 100 / 27 = 3.70, efficiency 0.93
        assertTrue(
                html.contains("THREADS on 4 cores: 3.70 ± 0.10× speedup vs SERIAL at 1 core (efficiency 0.93)"), html);
        assertTrue(html.contains("scales: 93 % of each added core turns into speed"), html);
        // the fastest single core is SERIAL itself here: no second, identical figure
        assertFalse(html.contains("vs the fastest single core ("), html);
        String md = Files.readString(out.resolve("summary.md"));
        assertTrue(md.indexOf("THREADS on 4 cores") < md.indexOf("| case |"), md);
    }

    @Test
    void machinePropertiesAreACompactBlockWithTheRestBehindDetails() throws Exception {
        Path run = TestFiles.exampleRun(dir.resolve("run"));
        Files.writeString(
                run.resolve("machine.properties"),
                "host=box-1\ncpu.model=Test CPU\ncpu.cores=4\nmemory.total=17179869184\nodd.key=x\n");
        Path out = dir.resolve("out");
        report(out, run);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(
                html.contains("<td class=\"l\">memory</td><td class=\"l\">17.2 GiB</td>")
                        || html.contains("<td class=\"l\">memory</td><td class=\"l\">16 GiB</td>"),
                html);
        int details = html.indexOf("<details><summary>Every property");
        assertTrue(details > 0 && details < html.indexOf("<code>odd.key</code>"), html);
    }

    @Test
    void aChosenBaselineNamesItselfInEveryLabel() throws Exception {
        Path run = dir.resolve("run");
        String b = "dev.speedup.benchmarks.PiBenchmark.pi";
        write(
                run,
                "jmh-p1.csv",
                HEADER,
                row(b, 100, 2, "ms/op", 1, "1000", "SERIAL"),
                row(b, 90, 2, "ms/op", 1, "1000", "THREADS"));
        write(run, "jmh-p2.csv", HEADER, row(b, 50, 1, "ms/op", 2, "1000", "THREADS"));
        AnalysisOptions options =
                new AnalysisOptions(AnalysisOptions.defaults().cores(), "THREADS", AnalysisOptions.DEFAULT_SIZE_PARAMS);
        Path out = dir.resolve("out");
        new ReportWriter(out).write(List.of(new Analyzer(options).analyze(new RunReader(run).read())));
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("speedup vs THREADS(1)"), html);
        assertFalse(html.contains("vs SERIAL"), html);
        assertTrue(Files.readString(out.resolve("summary.md")).contains("Speedup vs THREADS on 1 core"));
    }

    @Test
    void aCostBenchmarkIsChartedAndTabledInItsOwnQuantity() throws Exception {
        Path run = dir.resolve("run");
        String d = "dev.speedup.benchmarks.OverheadBenchmark.dispatch";
        write(run, "jmh-p1.csv", HEADER, row(d, 5, 0.5, "us/op", 1, "1", "EXECUTOR"));
        write(run, "jmh-p2.csv", HEADER, row(d, 20, 1, "us/op", 2, "1", "EXECUTOR"));
        Path out = dir.resolve("out");
        List<Path> written = report(out, run);
        List<String> pngs = written.stream()
                .map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".png"))
                .toList();
        assertEquals(List.of("OverheadBenchmark_dispatch_size_1-time_per_dispatch.png"), pngs);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("time per dispatch 20 µs on 2 cores"), html);
        assertTrue(html.contains("4.00× that on 1 core: adding cores makes it worse"), html);
        assertFalse(html.contains("<h3>Amdahl fit</h3>"), "no Amdahl fit for a cost: " + html);
    }

    @Test
    void aLongBenchmarkNameKeepsItsChartKindSuffix() throws Exception {
        Path run = dir.resolve("run");
        String b = "dev.speedup.benchmarks.PiBenchmark.pi" + "x".repeat(300);
        write(run, "jmh-p1.csv", HEADER, row(b, 100, 2, "ms/op", 1, "1000", "SERIAL"));
        List<String> names = report(dir.resolve("out"), run).stream()
                .map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".png"))
                .toList();
        assertEquals(3, names.size(), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith("-speedup.png")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith("-efficiency.png")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith("-time.png")), names.toString());
    }

    @Test
    void aHugeScorePrintsInScientificNotation() {
        assertEquals("1E+308", Fmt.fixed2(1e308));
        assertEquals("1E+308", Fmt.fixed(1e308, 3));
        assertEquals("1.50", Fmt.fixed2(1.5));
    }

    @Test
    void theLecturesCPythonSpeedupIsDrawnBesideTheJvmPi() throws Exception {
        Path run = dir.resolve("run");
        String h = "Benchmark,Mode,Threads,Samples,Score,Score Error (99.9%),Unit,Param: parallelism,Param: steps,"
                + "Param: strategy";
        String pi = "dev.speedup.benchmarks.PiBenchmark.pi";
        write(run, "jmh-p1.csv", h, pi + ",avgt,1,3,1.0,0.01,ms/op,1,1000000,SERIAL");
        write(run, "jmh-p2.csv", h, pi + ",avgt,1,3,0.55,0.01,ms/op,2,1000000,THREADS");
        write(
                run,
                "python-p1.csv",
                h,
                "python.LecturePi.pi,avgt,1,3,86,1,ms/op,1,1000000,PY_SERIAL",
                "python.LecturePi.pi,avgt,1,3,90,1,ms/op,1,1000000,PY_POOL");
        write(run, "python-p2.csv", h, "python.LecturePi.pi,avgt,1,3,49,1,ms/op,2,1000000,PY_POOL");
        Path out = dir.resolve("out");
        report(out, run);
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(
                html.contains("alt=\"PiBenchmark.pi steps=1000000: speedup, with π in CPython (the lecture&#39;s code)"
                        + " beside it\""),
                html);
        // CPython's own line in the summary, right after the JVM's π, against its own baseline
        int jvm = html.indexOf("π (midpoint rule)");
        int cpython = html.indexOf("π in CPython");
        assertTrue(jvm > 0 && cpython > jvm && cpython < html.indexOf("<h2 id=\"machines\">"), html);
        assertTrue(html.contains("PY_POOL on 2 cores: 1.76"), html);
    }
}
