package dev.speedup.reports.cli;

import static dev.speedup.reports.TestFiles.HEADER;
import static dev.speedup.reports.TestFiles.row;
import static dev.speedup.reports.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.reports.Main;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from a stranger's run directory stays inert in every output (issue 11). */
class HostileTextTest {
    private static final String FORMULA = "=HYPERLINK(\"http://evil\",\"x\")";
    private static final String ESCAPE = "\u001b[2J\u001b]0;owned\u0007";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path hostileRun() {
        Path run = dir.resolve("run");
        String bench = "a.B" + ESCAPE + ".m";
        write(
                run,
                "jmh-p1.csv",
                HEADER,
                row(bench, 10, 1, "ms/op", 1, "@SUM(1+1)", "SERIAL"),
                row(bench, 10, 1, "ms/op", 1, "@SUM(1+1)", "\"" + FORMULA.replace("\"", "\"\"") + "\""));
        write(
                run,
                "jmh-p2.csv",
                HEADER,
                row(bench, 6, 1, "ms/op", 2, "@SUM(1+1)", "\"" + FORMULA.replace("\"", "\"\"") + "\""));
        write(run, "machine.properties", "host=+SUM(1+1)" + "\u001b[31m", "cpu.model=\u0000cpu\u009b");
        return run;
    }

    @Test
    void formulaCellsInTheSpeedupCsvStayText() throws Exception {
        Path run = hostileRun();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), "report", "--no-table", run.toString()));
        try (Reader in = Files.newBufferedReader(run.resolve("report/speedup.csv"));
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
            List<CSVRecord> rows = csv.getRecords();
            assertEquals(3, rows.size());
            for (CSVRecord r : rows) {
                for (String cell : r.values()) {
                    assertFalse(cell.matches("(?s)[=+@\t\r].*"), "live formula cell: " + cell);
                    assertFalse(cell.startsWith("-") && !cell.matches("-[0-9.eE+-]+"), "live formula cell: " + cell);
                }
                assertTrue(Double.parseDouble(r.get("speedup")) > 0, "numeric columns stay numbers");
            }
            assertTrue(rows.stream().anyMatch(r -> r.get("strategy").equals("'" + FORMULA)), rows.toString());
            assertEquals("'@SUM(1+1)", rows.get(0).get("size"));
            assertTrue(
                    rows.get(0).get("machine").startsWith("'+SUM(1+1)"),
                    rows.get(0).get("machine"));
        }
    }

    @Test
    void controlCharactersNeverReachTheTerminalTheHtmlOrTheMarkdown() throws Exception {
        Path run = hostileRun();
        assertEquals(0, Main.run(new PrintWriter(out), new PrintWriter(err), "report", run.toString()));
        String terminal = out.toString() + err;
        assertFalse(terminal.contains("\u001b"), "raw ESC on the terminal");
        assertFalse(terminal.contains("\u0000"), "raw NUL on the terminal");
        assertFalse(terminal.contains("\u009b"), "raw CSI on the terminal");
        assertTrue(terminal.contains("\\x1b[2J"), terminal);
        for (String name : List.of("index.html", "summary.md")) {
            String text = Files.readString(run.resolve("report").resolve(name));
            assertFalse(text.contains("\u001b"), name);
            assertFalse(text.contains("\u0000"), name);
            assertFalse(text.contains("\u009b"), name);
        }
    }
}
