package dev.speedup.benchmarks.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestTest {
    @TempDir
    Path dir;

    private static RunManifest sample(String cpuModel, String jvmArgs) {
        return new RunManifest(
                "vm",
                cpuModel,
                "1",
                "2",
                "1",
                "2",
                "25276510208",
                "Debian GNU/Linux 12",
                "6.1",
                "Debian",
                "17.0.15",
                "OpenJDK 64-Bit Server VM 17.0.15",
                jvmArgs,
                "taskset",
                "Python 3.11.7",
                "58fbd9d",
                "false",
                "smoke",
                "1,2",
                "2026-11-26T16:00:00Z",
                "",
                false);
    }

    @Test
    void whatIsWrittenReadsBackTheSameEvenWithNewlinesEqualsAndNonAscii() throws Exception {
        RunManifest written = sample("Intel(R) Xeon(R) ® 2.2 GHz\nsecond line", "-Da=b -Dc:d \\ <p>");
        written.write(dir);
        assertEquals(written, RunManifest.read(dir));
    }

    @Test
    void theFileIsUtf8PropertiesInTheDocumentedKeyOrder() throws Exception {
        sample("Café ® CPU", "-XX:ActiveProcessorCount=<p>")
                .ended("2026-11-26T16:01:00Z", true)
                .write(dir);
        Path file = dir.resolve(RunManifest.FILE_NAME);
        Properties plain = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            plain.load(in);
        }
        assertEquals("Café ® CPU", plain.getProperty("cpu.model"));
        assertEquals("-XX:ActiveProcessorCount=<p>", plain.getProperty("jvm.args"));
        assertEquals("true", plain.getProperty("interrupted"));
        assertEquals("2026-11-26T16:01:00Z", plain.getProperty("end"));
        List<String> keys = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#"))
                .map(l -> l.substring(0, l.indexOf('=')))
                .toList();
        assertEquals(List.copyOf(sample("", "").asMap().keySet()), keys);
        assertFalse(Files.exists(dir.resolve(RunManifest.FILE_NAME + ".tmp")));
    }

    @Test
    void aFileFromAnOlderSweepReadsWithItsMissingKeysEmpty() throws Exception {
        Files.writeString(dir.resolve(RunManifest.FILE_NAME), "cores=1,2\ninterrupted=true\n");
        RunManifest read = RunManifest.read(dir);
        assertEquals("1,2", read.cores());
        assertTrue(read.interrupted());
        assertEquals("", read.python());
    }
}
