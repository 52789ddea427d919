package dev.speedup.core.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DemosTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Demos.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String[] lines(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? new String[0] : text.split("\\R");
    }

    @Test
    void noArgumentsListsEveryDemoOnOneLine() {
        assertEquals(0, run());
        String[] lines = lines(out);
        assertEquals(Demo.values().length, lines.length);
        for (int k = 0; k < lines.length; k++) {
            assertTrue(lines[k].startsWith(Demo.values()[k].command() + " "), lines[k]);
        }
        assertEquals(0, err.size());
    }

    @Test
    void theDemoNamesAreTheIssues() {
        assertEquals(
                java.util.List.of(
                        "threads", "lock", "daemon", "producer-consumer", "barrier", "pool-map", "square-map", "pi"),
                java.util.Arrays.stream(Demo.values()).map(Demo::command).toList());
    }

    @Test
    void anUnknownNameIsOneErrorLineAndTheUsage() {
        assertEquals(2, run("nope"));
        String[] lines = lines(err);
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("error: unknown demo 'nope'"), lines[0]);
        assertTrue(lines[1].startsWith("usage: "), lines[1]);
        assertEquals(0, out.size());
    }

    @Test
    void twoNamesAreAUsageError() {
        assertEquals(2, run("lock", "pi"));
        assertEquals(2, lines(err).length);
    }

    @Test
    void aNamedDemoRunsAndPrintsTheLecturesOutput() {
        assertEquals(0, run("pool-map"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("[11, 12, 13, 14, 15, 16, 17, 18, 19, 20]"));
    }

    @Test
    void theMainClassExitsTwoWithoutAStackTraceOnAnUnknownName() throws IOException, InterruptedException {
        Process process =
                ChildJvm.builder(Demos.class, "nope").redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        String[] lines = output.split("\\R");
        assertEquals(2, lines.length, output);
        assertTrue(lines[0].startsWith("error: "), output);
        assertFalse(output.contains("Exception") || output.contains("\tat "), output);
    }
}
