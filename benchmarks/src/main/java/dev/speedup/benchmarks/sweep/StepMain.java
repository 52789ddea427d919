package dev.speedup.benchmarks.sweep;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * One step of a sweep, in the child JVM pinned to p CPUs: runs JMH through its Java API with the
 * JMH command line it is given, and hands the results back to the sweep as a file of serialized
 * {@link RunResult}s, from which the sweep writes the CSV and the JSON of its core count.
 *
 * <pre>java -cp benchmarks.jar dev.speedup.benchmarks.sweep.StepMain RESULTS_FILE JMH_ARGS...</pre>
 *
 * Exit status: 0 JMH ran (a benchmark that failed is a missing result), 2 bad JMH options,
 * 3 JMH stopped with an error, 4 another JMH run holds JMH's lock.
 */
public final class StepMain {
    static final int JMH_ERROR = 3;
    static final int JMH_LOCKED = 4;

    private StepMain() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: StepMain RESULTS_FILE JMH_ARGS...");
            return 2;
        }
        try {
            CommandLineOptions jmh = new CommandLineOptions(Arrays.copyOfRange(args, 1, args.length));
            // No -rf or -rff: JMH writes no result file; the sweep writes both formats from these.
            Collection<RunResult> results = new Runner(jmh).run();
            write(Path.of(args[0]), results);
            return 0;
        } catch (CommandLineOptionException e) {
            System.err.println("JMH options: " + e.getMessage());
            return 2;
        } catch (RunnerException e) {
            System.err.println(e.getMessage());
            String message = String.valueOf(e.getMessage());
            return message.contains("JMH lock") ? JMH_LOCKED : JMH_ERROR;
        } catch (IOException e) {
            System.err.println("cannot write " + args[0] + ": " + e.getMessage());
            return JMH_ERROR;
        }
    }

    static void write(Path file, Collection<RunResult> results) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp);
                ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new ArrayList<>(results));
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The results a step wrote; the file is the sweep's own, from the same jar. */
    static List<RunResult> read(Path file) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
            @SuppressWarnings("unchecked")
            List<RunResult> results = (List<RunResult>) in.readObject();
            return results;
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a step's results: " + file, e);
        }
    }
}
