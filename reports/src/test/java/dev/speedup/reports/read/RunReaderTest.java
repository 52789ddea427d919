package dev.speedup.reports.read;

import static dev.speedup.reports.TestFiles.HEADER;
import static dev.speedup.reports.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speedup.reports.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReaderTest {
    @TempDir
    Path dir;

    @Test
    void machinePropertiesLabelTheRun() {
        Run run = new RunReader(TestFiles.exampleRun(dir)).read();
        assertEquals("box-1", run.label());
        assertEquals("Test CPU", run.machine().get("cpu.model"));
        assertTrue(run.machine().summary().contains("4 cores"), run.machine().summary());
        assertEquals(3, run.files().size());
        assertEquals(4, run.rows().size());
    }

    @Test
    void runWithoutMachinePropertiesIsLabelledByItsDirectory() throws Exception {
        Path run = dir.resolve("20260101-120000-box");
        write(run, "jmh-p1.csv", HEADER);
        assertEquals("20260101-120000-box", new RunReader(run).read().label());
    }

    @Test
    void onlyCoreCountFilesAreReadWhenTheRunHasThem() {
        write(dir, "jmh-p2.csv", HEADER, "\"a.B.c\",\"avgt\",1,5,1.0,0.1,\"ms/op\",2,10,X");
        write(dir, "jmh-p10.csv", HEADER, "\"a.B.c\",\"avgt\",1,5,1.0,0.1,\"ms/op\",10,10,X");
        write(dir, "notes.csv", "whatever");
        Run run = new RunReader(dir).read();
        assertEquals(2, run.files().size());
        assertEquals("jmh-p2.csv", run.files().get(0).file().getFileName().toString());
    }

    @Test
    void directoryWithNoCsvIsRejectedByName() throws Exception {
        Files.writeString(dir.resolve("run.log"), "nothing");
        String message = assertThrows(BadInputException.class, () -> new RunReader(dir).read())
                .getMessage();
        assertTrue(message.startsWith(dir + ": no JMH CSV"), message);
    }

    @Test
    void interruptedRunIsKnownFromMachineProperties() {
        write(dir, "jmh-p1.csv", HEADER);
        write(dir, "machine.properties", "interrupted=true");
        assertTrue(new RunReader(dir).read().machine().interrupted());
    }
}
