package dev.speedup.benchmarks.sweep;

import dev.speedup.benchmarks.Catalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The core-count sweep: for each p, runs the JMH benchmarks in a child JVM pinned to p CPUs, with p
 * workers, times the lecture's Python π the same way, and keeps everything a person needs to trust
 * and compare the numbers in a new run directory. {@code run-bench.sh} builds the jar and execs this.
 */
@Command(
        name = "run-bench.sh",
        synopsisHeading = "",
        customSynopsis = "usage: ./run-bench.sh [options] [-- JMH options...]",
        usageHelpWidth = 120,
        description = {
            "",
            "Builds what is missing or stale, then runs the JMH benchmarks once per core count p, pinned to the",
            "first p allowed CPUs, and writes results/<yyyyMMdd-HHmmss>-<host>/ with jmh-p<p>.csv and",
            "jmh-p<p>.json (raw samples) for each p, python-p<p>.csv (the lecture's Python pi),",
            "machine.properties and run.log.",
            ""
        },
        footer = {
            "  -- ...              everything after -- goes to JMH unchanged (e.g. -- -prof gc); -f, -wi, -w, -i",
            "                      and -r there replace the profile's; -rf, -rff and -jvmArgsAppend are the sweep's own"
        },
        optionListHeading = "options:%n",
        sortOptions = false)
public final class Sweep {
    static final int BAD_ARGUMENTS = 2;
    static final int INTERRUPTED = 130;
    static final String NAME = "run-bench.sh";

    @Option(
            names = "--profile",
            paramLabel = "NAME",
            description =
                    "smoke (CI, about a minute), quick (default, minutes), full (hours), ci (the regression gate's, 5 forks)")
    String profileName = "quick";

    @Option(
            names = "--cores",
            paramLabel = "LIST",
            description = "core counts to sweep, e.g. 1,2,4 (default: 1, 2, 4, ... and the allowed CPU count)")
    String cores;

    @Option(
            names = "--bench",
            paramLabel = "REGEX",
            description = "only benchmarks whose full name matches REGEX (JMH's rule), e.g. Pi or SquareMap")
    String bench = ".";

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "the run directory to create (must not exist, or be empty); relative to where you are")
    Path out;

    @Option(
            names = "--jvm-args",
            paramLabel = "\"ARGS\"",
            description = "extra JVM options for the benchmark JVMs, e.g. \"-Xmx8g\"")
    String jvmArgs = "";

    @Option(names = "--no-python", description = "do not time the lecture's Python pi")
    boolean noPython;

    @Option(names = "--verbose", description = "show JMH's full output here as well as in run.log")
    boolean verbose;

    @Option(names = "--dry-run", description = "print the plan and its estimated duration, run nothing, create nothing")
    boolean dryRun;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "this text")
    boolean help;

    private final PrintStream stdout;
    private final PrintStream stderr;
    /** The repository: default results/ and reports/target/reports.jar are found here. */
    private final Path home;

    private List<String> jmhExtra = List.of();

    Sweep(PrintStream stdout, PrintStream stderr, Path home) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.home = home;
    }

    public static void main(String[] args) {
        // JMH writes numbers in the default locale: the CSVs must read the same everywhere.
        Locale.setDefault(Locale.US);
        Path home = Path.of(System.getProperty("speedup.home", "")).toAbsolutePath();
        System.exit(run(args, System.out, System.err, home));
    }

    /** Parses, plans and runs; returns the exit status (0 ok, 1 a step failed, 2 bad arguments, 130 interrupted). */
    static int run(String[] args, PrintStream stdout, PrintStream stderr, Path home) {
        Sweep sweep = new Sweep(stdout, stderr, home);
        List<String> all = Arrays.asList(args);
        int dashes = all.indexOf("--");
        List<String> own = dashes < 0 ? all : all.subList(0, dashes);
        sweep.jmhExtra = dashes < 0 ? List.of() : List.copyOf(all.subList(dashes + 1, all.size()));
        CommandLine cli = new CommandLine(sweep);
        try {
            cli.parseArgs(own.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            return sweep.refuse(e.getMessage());
        }
        if (sweep.help) {
            cli.usage(stdout, CommandLine.Help.Ansi.OFF);
            return 0;
        }
        try {
            return sweep.execute();
        } catch (IllegalArgumentException e) {
            return sweep.refuse(e.getMessage());
        } catch (IOException e) {
            stderr.println(NAME + ": " + e.getMessage());
            return 1;
        }
    }

    private int refuse(String message) {
        stderr.println(NAME + ": " + message + " (--help for usage)");
        return BAD_ARGUMENTS;
    }

    private int execute() throws IOException {
        Profile profile = Profile.named(profileName);
        List<Integer> cpus = MachineFacts.allowedCpus();
        List<Integer> coreCounts = cores == null ? defaultCores(cpus.size()) : parseCores(cores, cpus.size());
        if (out != null && Files.exists(out) && !isEmptyDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " exists and is not an empty directory");
        }
        boolean python = !noPython && profile.pythonSteps() > 0;
        if (python && !MachineFacts.onPath("python3")) {
            stdout.println("python3 not found: the lecture's Python pi is skipped");
            python = false;
        }
        Plan plan = Plan.of(Catalog.all(), profile, coreCounts, bench, jmhExtra, python);
        String coreList = coreCounts.stream().map(String::valueOf).collect(Collectors.joining(","));
        String headline = "profile " + profile.cliName() + ", cores " + coreList + ": "
                + plan.steps().size()
                + " steps, " + plan.combinations() + " parameter combinations, about "
                + Durations.format(plan.estimateMs() / 1000);
        if (dryRun) {
            stdout.println(headline);
            for (Plan.Step step : plan.steps()) {
                stdout.println("  p=" + step.p() + " " + step.name() + ": " + step.combinations() + " combinations");
            }
            return 0;
        }
        Path run = out != null ? out.toAbsolutePath() : newRunDirectory();
        Files.createDirectories(run);
        SweepRun sweepRun = new SweepRun(run, plan, profile, cpus, jvmArgs, jmhExtra, verbose, stdout, stderr, home);
        return sweepRun.execute(headline, coreList);
    }

    private Path newRunDirectory() {
        String host = MachineFacts.host();
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
        Path run = home.resolve("results").resolve(LocalDateTime.now().format(stamp) + "-" + host);
        while (Files.exists(run)) {
            sleep(1000);
            run = home.resolve("results").resolve(LocalDateTime.now().format(stamp) + "-" + host);
        }
        return run;
    }

    /** 1, 2, 4, ... below the CPU count, and the count itself. */
    static List<Integer> defaultCores(int cpuCount) {
        List<Integer> result = new ArrayList<>();
        for (int c = 1; c < cpuCount; c *= 2) {
            result.add(c);
        }
        result.add(cpuCount);
        return result;
    }

    static List<Integer> parseCores(String list, int cpuCount) {
        if (list.isBlank()) {
            throw new IllegalArgumentException("--cores needs at least one core count");
        }
        List<Integer> result = new ArrayList<>();
        for (String entry : list.split(",", -1)) {
            if (entry.isEmpty()) {
                throw new IllegalArgumentException("--cores '" + list + "' has an empty entry");
            }
            if (!entry.matches("[1-9][0-9]{0,8}")) {
                throw new IllegalArgumentException("core count '" + entry + "' is not a positive integer");
            }
            int p = Integer.parseInt(entry);
            if (p > cpuCount) {
                throw new IllegalArgumentException(
                        "core count " + p + " is more than the " + cpuCount + " CPUs this machine lets us use");
            }
            result.add(p);
        }
        return result;
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
