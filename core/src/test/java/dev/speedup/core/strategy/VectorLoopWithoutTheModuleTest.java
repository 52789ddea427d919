package dev.speedup.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Core on a JVM without {@code jdk.incubator.vector} (started without {@code --add-modules}, as a
 * JRE lacking the module would be): VECTOR is refused in one line naming the flag, never a crash,
 * and every other loop still runs.
 */
class VectorLoopWithoutTheModuleTest {

    @Test
    void vectorIsRefusedInOneLineAndTheOtherLoopsStillRun() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        VectorUnavailableMain.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not end");
        assertEquals(0, child.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertEquals(3, lines.size(), output);
        assertEquals("available [NAIVE, TUNED]", lines.get(0));
        assertEquals(
                "refused loop VECTOR unavailable: this JVM was started without --add-modules jdk.incubator.vector",
                lines.get(1));
        assertEquals(Math.PI, Double.parseDouble(lines.get(2).substring("tuned ".length())), 1e-12);
    }
}
