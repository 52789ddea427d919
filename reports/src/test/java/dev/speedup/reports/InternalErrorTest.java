package dev.speedup.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A bug or an OutOfMemoryError is one line and its own exit code, not a trace under "could not write". */
class InternalErrorTest {
    @Command(name = "explode")
    static final class Explode implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Command(name = "bug")
    static final class Bug implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug\nwith two lines");
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli =
                new CommandLine(new Main()).addSubcommand(new Explode()).addSubcommand(new Bug());
        return Main.run(cli, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void outOfMemoryIsOneLineAndExitCode3() {
        assertEquals(Main.INTERNAL_ERROR, run("explode"));
        assertEquals(3, Main.INTERNAL_ERROR);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(
                err.toString().startsWith("reports: internal error: java.lang.OutOfMemoryError: Java heap space"),
                err.toString());
        assertTrue(err.toString().contains("--debug"), err.toString());
    }

    @Test
    void aBugIsOneLineAndDistinctFromAWriteFailure() {
        int code = run("bug");
        assertEquals(Main.INTERNAL_ERROR, code);
        assertTrue(code != Main.WRITE_FAILED && code != Main.BAD_INPUT);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void debugAddsTheStackTrace() {
        assertEquals(Main.INTERNAL_ERROR, run("bug", "--debug"));
        assertTrue(err.toString().startsWith("reports: internal error: java.lang.IllegalStateException"));
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void everyExitCodeIsDocumentedInTheUsage() {
        assertEquals(0, run("--help"));
        String usage = out.toString();
        for (String code : new String[] {"0", "1", "2", "3"}) {
            assertTrue(usage.lines().anyMatch(l -> l.strip().startsWith(code + " ")), code + " in\n" + usage);
        }
    }
}
