package dev.speedup.benchmarks;

import dev.speedup.core.strategy.Strategy;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code run-bench.sh} runs at each core count, derived from the {@link Strategy} enum and the
 * jar's benchmark list so the script never names a strategy or a benchmark:
 *
 * <pre>
 * java -cp benchmarks.jar dev.speedup.benchmarks.SweepPlan strategies P
 *     the strategies measured at p = P, comma-separated: every constant at 1, all but SERIAL above
 * java -cp benchmarks.jar dev.speedup.benchmarks.SweepPlan steps P REGEX [[Class:]NAME=V1,V2 ...]
 *     one line per benchmark class to run at p = P: simple name, TAB, an include regex naming its
 *     matching methods exactly, TAB, its number of parameter combinations given the overrides
 * java -cp benchmarks.jar dev.speedup.benchmarks.SweepPlan java
 *     java.vendor, java.version and java.vm of this JVM, as properties lines
 * </pre>
 */
public final class SweepPlan {
    private SweepPlan() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            String command = args.length > 0 ? args[0] : "";
            switch (command) {
                case "strategies" -> {
                    need(args, 2);
                    out.println(String.join(",", strategiesAt(positive(args[1]))));
                }
                case "steps" -> {
                    need(args, 3);
                    for (String line : steps(
                            Catalog.all(),
                            positive(args[1]),
                            args[2],
                            overrides(Arrays.copyOfRange(args, 3, args.length)))) {
                        out.println(line);
                    }
                }
                case "java" -> {
                    out.println("java.vendor=" + System.getProperty("java.vendor"));
                    out.println("java.version=" + System.getProperty("java.version"));
                    out.println("java.vm=" + System.getProperty("java.vm.name") + " "
                            + System.getProperty("java.vm.version"));
                }
                default -> throw new IllegalArgumentException("unknown command '" + command + "'");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("SweepPlan: " + e.getMessage());
            err.println("usage: SweepPlan strategies P | steps P REGEX [[Class:]NAME=V1,V2 ...] | java");
            return 2;
        }
    }

    /** SERIAL is every speedup's denominator and runs on one thread: measuring it above p = 1 adds nothing. */
    static List<String> strategiesAt(int parallelism) {
        return Arrays.stream(Strategy.values())
                .filter(s -> parallelism == 1 || s != Strategy.SERIAL)
                .map(Strategy::name)
                .collect(Collectors.toList());
    }

    /**
     * The steps at p: each class with a benchmark matching {@code regex}; above p = 1 only classes
     * whose benchmarks take a {@code parallelism} (one-core kernels do not change with p).
     */
    static List<String> steps(
            List<Catalog.Benchmark> all, int parallelism, String regex, Map<String, Integer> overrides) {
        List<String> lines = new ArrayList<>();
        Catalog.byClass(all, regex).forEach((className, benchmarks) -> {
            List<Catalog.Benchmark> runs = benchmarks.stream()
                    .filter(b -> parallelism == 1 || b.has(Catalog.PARALLELISM))
                    .collect(Collectors.toList());
            if (runs.isEmpty()) {
                return;
            }
            long configurations =
                    runs.stream().mapToLong(b -> configurations(b, overrides)).sum();
            String methods = runs.stream().map(Catalog.Benchmark::method).collect(Collectors.joining("|"));
            String include = "^" + className.replace(".", "\\.") + "\\.(" + methods + ")$";
            lines.add(runs.get(0).simpleClassName() + "\t" + include + "\t" + configurations);
        });
        return lines;
    }

    /**
     * The parameter combinations JMH will run for one benchmark, with {@code -p} overrides counted
     * by value; an override for {@code Class:name} beats one for {@code name}.
     */
    static long configurations(Catalog.Benchmark benchmark, Map<String, Integer> overrides) {
        long product = 1;
        for (Map.Entry<String, List<String>> param : benchmark.params().entrySet()) {
            String name = param.getKey();
            Integer count = overrides.get(benchmark.simpleClassName() + ":" + name);
            product *= count != null
                    ? count
                    : overrides.getOrDefault(name, param.getValue().size());
        }
        return product;
    }

    /**
     * {@code NAME=V1,V2} or {@code Class:NAME=V1,V2} pairs (JMH's {@code -p}, the second for one
     * benchmark class only) to the number of values each names.
     */
    static Map<String, Integer> overrides(String[] pairs) {
        Map<String, Integer> counts = new HashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected NAME=V1,V2, got '" + pair + "'");
            }
            counts.put(pair.substring(0, eq), pair.substring(eq + 1).split(",", -1).length);
        }
        return counts;
    }

    private static void need(String[] args, int count) {
        if (args.length < count) {
            throw new IllegalArgumentException("missing arguments for '" + args[0] + "'");
        }
    }

    private static int positive(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("p must be a positive integer, got '" + text + "'");
    }
}
