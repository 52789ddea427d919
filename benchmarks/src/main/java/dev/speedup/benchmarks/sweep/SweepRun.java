package dev.speedup.benchmarks.sweep;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;

/**
 * One sweep in its run directory: runs the plan's steps as child processes, writes the results of
 * each core count as soon as a step ends (so an interrupted sweep keeps every finished step), and
 * owns the stop: Ctrl-C, SIGTERM or SIGHUP (the JVM's shutdown hook) stops the whole process tree,
 * records {@code interrupted=true} and exits 130.
 */
final class SweepRun {
    private static final List<String> LOCALE = List.of("-Duser.language=en", "-Duser.country=US");
    private static final String PARTS = ".parts";

    private final Path run;
    private final Plan plan;
    private final Profile profile;
    private final List<Integer> cpus;
    private final String jvmArgs;
    private final List<String> jmhExtra;
    private final boolean verbose;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final Path home;
    private final Path log;
    private final Path parts;
    private final boolean taskset;
    private final Map<Integer, List<RunResult>> resultsByP = new LinkedHashMap<>();

    /** Held while a child starts and while files are written, so a stop never sees half of either. */
    private final Object lock = new Object();

    private volatile boolean stopping;
    /** Set when JMH refused to start because another JMH run holds its lock. */
    private boolean locked;

    private boolean pinWarned;
    private RunManifest manifest;
    private Thread hook;

    SweepRun(
            Path run,
            Plan plan,
            Profile profile,
            List<Integer> cpus,
            String jvmArgs,
            List<String> jmhExtra,
            boolean verbose,
            PrintStream stdout,
            PrintStream stderr,
            Path home) {
        this.run = run;
        this.plan = plan;
        this.profile = profile;
        this.cpus = cpus;
        this.jvmArgs = jvmArgs;
        this.jmhExtra = jmhExtra;
        this.verbose = verbose;
        this.stdout = stdout;
        this.stderr = stderr;
        this.home = home;
        this.log = run.resolve("run.log");
        this.parts = run.resolve(PARTS);
        this.taskset = MachineFacts.onPath("taskset");
    }

    int execute(String headline, String coreList) throws IOException {
        try {
            return sweep(headline, coreList);
        } catch (IOException | RuntimeException e) {
            if (hook != null && !stopping) {
                finish(false); // an error, not an interrupt: record the end, keep what is written
            }
            throw e;
        }
    }

    private int sweep(String headline, String coreList) throws IOException {
        Files.createDirectories(parts);
        Files.writeString(log, "");
        manifest = manifest(coreList);
        manifest.write(run);
        hook = new Thread(this::onSignal, "sweep-stop");
        Runtime.getRuntime().addShutdownHook(hook);

        stdout.println(headline + " (estimate)");
        stdout.println("results: " + run);
        long start = System.nanoTime();
        long doneMs = 0;
        List<String> failed = new ArrayList<>();
        List<Plan.Step> steps = plan.steps();
        Path script = steps.stream().anyMatch(Plan.Step::isPython) ? PythonPi.extract(parts) : null;
        for (int i = 0; i < steps.size(); i++) {
            Plan.Step step = steps.get(i);
            long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long leftMs = plan.estimateMs() - doneMs;
            if (doneMs > 0 && elapsedMs > 0) {
                leftMs = leftMs * elapsedMs / doneMs;
            }
            stdout.printf(
                    "[%d/%d] p=%d %s  %s elapsed, ~%s left%n",
                    i + 1,
                    steps.size(),
                    step.p(),
                    step.name(),
                    Durations.format(elapsedMs / 1000),
                    Durations.format(leftMs / 1000));
            String failure = step.isPython() ? runPython(i, step, script) : runJmh(i, step);
            if (failure == null && locked) {
                stderr.println(Sweep.NAME
                        + ": another JMH run holds its lock (/tmp/jmh.lock): wait for it to finish, then run again");
                finish(false);
                return 1;
            }
            if (failure != null) {
                stderr.println("  p=" + step.p() + " " + step.name() + ": " + failure + "; see " + log);
                failed.add("p=" + step.p() + ":" + step.name());
            }
            doneMs += step.estimateMs();
        }
        finish(false);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        stdout.println("done in " + Durations.format(seconds) + ": " + run);
        for (Path file : resultFiles()) {
            stdout.println("  " + file + describe(file));
        }
        stdout.println("  " + run.resolve(RunManifest.FILE_NAME) + ", " + log);
        report();
        if (!failed.isEmpty()) {
            stderr.println(Sweep.NAME + ": failing benchmarks in: " + String.join(" ", failed) + " (see " + log + ")");
            return 1;
        }
        return 0;
    }

    /** Runs one benchmark class at p; returns why it failed, or null. */
    private String runJmh(int index, Plan.Step step) throws IOException {
        Path part = parts.resolve("p" + step.p() + "-" + step.name() + ".results");
        List<String> command = new ArrayList<>(pin(step.p()));
        command.add(javaExecutable());
        command.addAll(LOCALE);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StepMain.class.getName()));
        command.add(part.toString());
        command.add(step.include());
        for (String param : step.jmhParams()) {
            command.addAll(List.of("-p", param));
        }
        command.addAll(plan.timingArguments(jmhExtra));
        command.addAll(List.of("-jvmArgsAppend", forkArgs(Integer.toString(step.p()))));
        command.addAll(jmhExtra);
        Outcome outcome = runChild(index, step, command, null);
        if (outcome.timedOut != null) {
            return outcome.timedOut;
        }
        if (outcome.exit == StepMain.JMH_LOCKED) {
            locked = true;
            return null;
        }
        List<RunResult> results = Files.isRegularFile(part) ? StepMain.read(part) : List.of();
        Files.deleteIfExists(part);
        if (!results.isEmpty()) {
            synchronized (lock) {
                parkIfStopping();
                resultsByP.computeIfAbsent(step.p(), p -> new ArrayList<>()).addAll(results);
                writeResults(step.p());
            }
        }
        if (outcome.exit != 0) {
            return "JMH stopped with an error (exit " + outcome.exit + ")";
        }
        if (results.size() < step.combinations()) {
            return "a benchmark failed (" + results.size() + " of " + step.combinations() + " results)";
        }
        return null;
    }

    /** Times the lecture's Python π at p; returns why it failed, or null. */
    private String runPython(int index, Plan.Step step, Path script) throws IOException {
        Path output = parts.resolve("python-p" + step.p() + ".out");
        List<String> command = new ArrayList<>(pin(step.p()));
        command.add("python3");
        command.addAll(PythonPi.arguments(script, step.p(), profile.pythonSteps(), profile.pythonRepeats()));
        Outcome outcome = runChild(index, step, command, output);
        String text = Files.isRegularFile(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        appendLog(text);
        if (verbose) {
            stdout.print(text);
        }
        if (outcome.timedOut != null) {
            return outcome.timedOut;
        }
        if (outcome.exit != 0) {
            return "python3 stopped with exit " + outcome.exit;
        }
        Map<String, double[]> times;
        try {
            times = PythonPi.parse(text);
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
        if (times.size() < step.combinations()) {
            return "python3 printed " + times.size() + " of " + step.combinations() + " timings";
        }
        synchronized (lock) {
            parkIfStopping();
            PythonPi.writeCsv(run.resolve("python-p" + step.p() + ".csv"), step.p(), profile.pythonSteps(), times);
        }
        return null;
    }

    private record Outcome(int exit, String timedOut) {}

    /**
     * Starts a step's process, output to run.log (and here with --verbose) or to {@code capture},
     * and waits for it under a watchdog: a benchmark that deadlocks would hang the sweep forever,
     * and JMH's own timeout does not fire while a warm-up call is stuck.
     */
    private Outcome runChild(int index, Plan.Step step, List<String> command, Path capture) throws IOException {
        long limitS = Math.max(step.estimateMs() * 4 / 1000, minimumStepLimitSeconds());
        Process process;
        synchronized (lock) {
            parkIfStopping();
            appendLog("### " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " step " + (index + 1) + "/"
                    + plan.steps().size() + " p=" + step.p() + " " + step.name() + ": " + String.join(" ", command)
                    + "\n");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            if (capture != null) {
                builder.redirectOutput(capture.toFile());
            } else if (!verbose) {
                builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            }
            process = builder.start();
        }
        Thread tee = capture == null && verbose ? tee(process.getInputStream()) : null;
        boolean finished;
        try {
            finished = process.waitFor(limitS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        String timedOut = null;
        if (!finished) {
            ProcessTree.stopDescendants(ProcessHandle.current());
            timedOut = "still running after " + Durations.format(limitS) + ", 4 times its estimate: stopped (hung?)";
            appendLog("\n### step " + (index + 1) + " stopped by the sweep after " + limitS + "s\n");
        }
        int exit = waitQuietly(process);
        if (tee != null) {
            joinQuietly(tee);
        }
        waitIfStopping(exit);
        return new Outcome(exit, timedOut);
    }

    /**
     * A child that died of a signal (exit 128 + n) was most likely stopped with this JVM, by
     * Ctrl-C to the whole terminal's process group or by the shutdown hook: give the hook a moment
     * to start, and once it has, leave the rest to it (it holds the lock until it halts the JVM).
     */
    private void waitIfStopping(int exit) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(exit > 128 ? 2 : 0);
        do {
            parkIfStopping();
            Sweep.sleep(exit > 128 ? 50 : 0);
        } while (System.nanoTime() < deadline);
    }

    /** Once the shutdown hook has begun, this thread only waits for it to halt the JVM. */
    private void parkIfStopping() {
        if (!stopping) {
            return;
        }
        synchronized (lock) {
            while (true) {
                try {
                    lock.wait(); // releases the lock to the hook
                } catch (InterruptedException e) {
                    // keep waiting: the hook ends the JVM
                }
            }
        }
    }

    /** Copies a verbose step's output to the terminal and to run.log. */
    private Thread tee(InputStream in) {
        Thread thread = new Thread(() -> {
            try (OutputStream file = Files.newOutputStream(log, StandardOpenOption.APPEND)) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    file.write(buffer, 0, n);
                    stdout.write(buffer, 0, n);
                }
                stdout.flush();
            } catch (IOException e) {
                stderr.println(Sweep.NAME + ": cannot copy JMH's output: " + e.getMessage());
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Writes jmh-p<p>.csv and jmh-p<p>.json from the same results, as JMH would have for all classes at once. */
    private void writeResults(int p) throws IOException {
        List<RunResult> results = resultsByP.get(p);
        writeFormat(results, ResultFormatType.CSV, run.resolve("jmh-p" + p + ".csv"));
        writeFormat(results, ResultFormatType.JSON, run.resolve("jmh-p" + p + ".json"));
    }

    private static void writeFormat(List<RunResult> results, ResultFormatType type, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (PrintStream out = new PrintStream(Files.newOutputStream(tmp), false, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(type, out).writeOut(results);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The shutdown hook: stop every process below this JVM, keep what is finished, exit 130. */
    private void onSignal() {
        stopping = true;
        synchronized (lock) {
            stderr.println();
            stderr.println("interrupted: stopping JMH and every JVM it started ...");
            ProcessTree.stopDescendants(ProcessHandle.current());
            try {
                finish(true);
            } catch (IOException e) {
                stderr.println(Sweep.NAME + ": cannot record the interruption: " + e.getMessage());
            }
            String kept =
                    resultFiles().stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(" "));
            stderr.println("kept in " + run + ": " + (kept.isEmpty() ? "no finished results," : kept)
                    + " machine.properties (interrupted=true), run.log");
            stderr.flush();
            Runtime.getRuntime().halt(Sweep.INTERRUPTED);
        }
    }

    /** Records the end (or the interruption) and drops the step files. */
    private void finish(boolean interrupted) throws IOException {
        if (!interrupted) {
            synchronized (lock) {
                parkIfStopping();
                Runtime.getRuntime().removeShutdownHook(hook);
            }
        }
        manifest = manifest.ended(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), interrupted);
        manifest.write(run);
        deleteParts();
    }

    private void deleteParts() throws IOException {
        if (!Files.isDirectory(parts)) {
            return;
        }
        try (var files = Files.list(parts)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(parts);
    }

    private List<Path> resultFiles() {
        try (var files = Files.list(run)) {
            return files.filter(f -> f.getFileName().toString().matches("(jmh|python)-p\\d+\\.(csv|json)"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String describe(Path file) {
        if (!file.toString().endsWith(".csv")) {
            return "";
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return " (" + (lines.count() - 1) + " rows)";
        } catch (IOException e) {
            return "";
        }
    }

    /** Ends every run with the reports module's table and report/, once its jar is there. */
    private void report() throws IOException {
        Path jar = home.resolve("reports/target/reports.jar");
        if (!Files.isRegularFile(jar)) {
            stdout.println("no " + jar + ": build it (./mvnw package) for the report; the results above are complete.");
            return;
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(LOCALE);
        command.addAll(List.of("-jar", jar.toString(), "report", run.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(stdout);
        waitQuietly(process);
    }

    /** taskset -c with the first p allowed CPUs, or nothing (and a warning, once) where there is no taskset. */
    private List<String> pin(int p) {
        if (taskset) {
            String list = cpus.subList(0, p).stream().map(String::valueOf).collect(Collectors.joining(","));
            return List.of("taskset", "-c", list);
        }
        if (!pinWarned) {
            stderr.println("warning: taskset not found: runs are not pinned; each JVM is still told it has p CPUs");
            pinWarned = true;
        }
        return List.of();
    }

    /** What every benchmark JVM of a step at p cores gets. */
    private String forkArgs(String p) {
        return "-XX:ActiveProcessorCount=" + p + " " + String.join(" ", LOCALE)
                + (jvmArgs.isBlank() ? "" : " " + jvmArgs);
    }

    private RunManifest manifest(String coreList) {
        String[] machine = MachineFacts.cpuAndOs();
        String[] git = MachineFacts.git(home);
        String pythonVersion =
                plan.steps().stream().anyMatch(Plan.Step::isPython) ? MachineFacts.run("python3", "--version") : "none";
        return new RunManifest(
                MachineFacts.host(),
                machine[0],
                machine[1],
                machine[2],
                machine[3],
                Integer.toString(cpus.size()),
                machine[4],
                machine[5],
                System.getProperty("os.version", ""),
                System.getProperty("java.vendor", ""),
                System.getProperty("java.version", ""),
                System.getProperty("java.vm.name", "") + " " + System.getProperty("java.vm.version", ""),
                forkArgs("<p>"),
                taskset ? "taskset" : "none",
                pythonVersion,
                git[0],
                git[1],
                profile.cliName(),
                coreList,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "",
                false);
    }

    private void appendLog(String text) throws IOException {
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Seconds a step may always run, however small its estimate; a test may lower it. */
    private static long minimumStepLimitSeconds() {
        String value = System.getenv("RUN_BENCH_MIN_STEP_LIMIT");
        return value != null && value.matches("[1-9][0-9]*") ? Long.parseLong(value) : 120;
    }

    private static int waitQuietly(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
