package dev.speedup.benchmarks.sweep;

import dev.speedup.benchmarks.Catalog;
import dev.speedup.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * What a sweep runs, step by step, derived from the {@link Strategy} enum, the jar's benchmark list
 * and a {@link Profile}, so nothing outside names a strategy or a benchmark. Building a plan checks
 * every name first: a profile or {@code --bench} naming what the jar does not hold is an error
 * before anything runs.
 *
 * @param steps in the order they run: every benchmark class at p, then Python's π at p, then the next p
 * @param timing the profile's, with any {@code -f -wi -w -i -r} given to JMH after {@code --} instead
 */
public record Plan(List<Step> steps, Profile.Timing timing) {
    /** A JVM start (about a second with setup) per fork: only an a-priori estimate. */
    static final long FORK_START_MS = 1000;
    /** CPython's midpoint loop, per step, on a 2020s core (the lecture's 2.38 s / 10^7 on an older one). */
    static final double PYTHON_NS_PER_STEP = 90;
    /** Starting a process pool and its workers. */
    static final long PYTHON_POOL_START_MS = 150;

    /** What runs at one core count: a benchmark class through JMH, or the lecture's Python π. */
    public record Step(
            int p,
            String name,
            String include,
            long combinations,
            List<String> strategies,
            List<String> jmhParams,
            long estimateMs) {
        public boolean isPython() {
            return include.isEmpty();
        }
    }

    /**
     * @param cores core counts, each at least 1
     * @param regex {@code --bench}: JMH's include rule (a find on the full benchmark name)
     * @param jmhExtra what goes to JMH after {@code --}
     * @param python whether to time the lecture's Python π (and the profile asks for it)
     */
    public static Plan of(
            List<Catalog.Benchmark> catalog,
            Profile profile,
            List<Integer> cores,
            String regex,
            List<String> jmhExtra,
            boolean python) {
        Pattern include = compile(regex);
        checkProfile(catalog, profile);
        Profile.Timing timing = timing(profile.timing(), jmhExtra);
        Map<String, List<String>> extraParams = extraParams(jmhExtra);
        long combinationMs = timing.forks()
                * (FORK_START_MS
                        + timing.warmupIterations() * timing.warmupMs()
                        + timing.iterations() * timing.iterationMs());
        List<Step> steps = new ArrayList<>();
        for (int p : cores) {
            for (List<Catalog.Benchmark> benchmarks : byClass(catalog, include).values()) {
                List<Catalog.Benchmark> runs = benchmarks.stream()
                        .filter(b -> p == 1 || b.has(Catalog.PARALLELISM))
                        .filter(b -> profile.onlyClasses().isEmpty()
                                || profile.onlyClasses().contains(b.simpleClassName()))
                        .toList();
                if (!runs.isEmpty()) {
                    steps.add(jmhStep(p, runs, profile, extraParams, combinationMs));
                }
            }
            if (python && profile.pythonSteps() > 0) {
                steps.add(pythonStep(p, profile));
            }
        }
        if (steps.stream().allMatch(Step::isPython)) {
            throw new IllegalArgumentException(
                    "--bench '" + regex + "' matches no benchmark of profile " + profile.cliName());
        }
        return new Plan(List.copyOf(steps), timing);
    }

    /** SERIAL is every speedup's denominator and runs on one thread: measuring it above p = 1 adds nothing. */
    public static List<String> strategiesAt(int p) {
        return Arrays.stream(Strategy.values())
                .filter(s -> p == 1 || s != Strategy.SERIAL)
                .map(Strategy::name)
                .toList();
    }

    /** The Python strategies at p, the same rule: the serial baseline at p = 1 only. */
    public static List<String> pythonStrategiesAt(int p) {
        return p == 1 ? List.of(PythonPi.SERIAL, PythonPi.POOL) : List.of(PythonPi.POOL);
    }

    /** The benchmark classes (by full class name) with a benchmark whose full name matches. */
    public static Map<String, List<Catalog.Benchmark>> byClass(List<Catalog.Benchmark> catalog, Pattern include) {
        Map<String, List<Catalog.Benchmark>> result = new LinkedHashMap<>();
        for (Catalog.Benchmark b : catalog) {
            if (include.matcher(b.name()).find()) {
                result.computeIfAbsent(b.className(), k -> new ArrayList<>()).add(b);
            }
        }
        return result;
    }

    /** {@code --bench}: a regex, or one line saying why not. */
    public static Pattern compile(String regex) {
        if (regex.isEmpty()) {
            throw new IllegalArgumentException("--bench needs a non-empty regex");
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("--bench '" + regex + "' is not a valid regex: " + e.getDescription());
        }
    }

    /** Every class and parameter a profile names must be in the jar: a typo would be silently ignored. */
    static void checkProfile(List<Catalog.Benchmark> catalog, Profile profile) {
        List<String> classes = new ArrayList<>(profile.onlyClasses());
        profile.params().forEach(p -> classes.add(p.benchmarkClass()));
        for (String className : classes) {
            if (catalog.stream().noneMatch(b -> b.simpleClassName().equals(className))) {
                throw new IllegalArgumentException("profile " + profile.cliName() + " names " + className
                        + ", which is not a benchmark in this jar");
            }
        }
        for (Profile.ParamValues param : profile.params()) {
            boolean known = catalog.stream()
                    .anyMatch(b -> b.simpleClassName().equals(param.benchmarkClass()) && b.has(param.name()));
            if (!known) {
                throw new IllegalArgumentException("profile " + profile.cliName() + " sets " + param.benchmarkClass()
                        + ":" + param.name() + ", which that benchmark does not have");
            }
        }
    }

    /**
     * A step's JMH params: the profile's for its class, every strategy but SERIAL above p = 1, and
     * p; a {@code -p} after {@code --} replaces the profile's value of that name (and the sweep's
     * strategy list), in the count of combinations too.
     */
    private static Step jmhStep(
            int p,
            List<Catalog.Benchmark> runs,
            Profile profile,
            Map<String, List<String>> extraParams,
            long combinationMs) {
        Catalog.Benchmark first = runs.get(0);
        List<String> params = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Profile.ParamValues param : profile.params()) {
            if (param.benchmarkClass().equals(first.simpleClassName()) && !extraParams.containsKey(param.name())) {
                params.add(param.jmhArgument());
                counts.put(param.name(), param.values().size());
            }
        }
        extraParams.forEach((name, values) -> counts.put(name, values.size()));
        boolean hasStrategy = runs.stream().anyMatch(b -> b.has(Catalog.STRATEGY));
        List<String> strategies =
                !hasStrategy ? List.of() : extraParams.getOrDefault(Catalog.STRATEGY, strategiesAt(p));
        if (hasStrategy && p > 1 && !extraParams.containsKey(Catalog.STRATEGY)) {
            params.add(Catalog.STRATEGY + "=" + String.join(",", strategies));
            counts.put(Catalog.STRATEGY, strategies.size());
        }
        params.add(Catalog.PARALLELISM + "=" + p);
        counts.put(Catalog.PARALLELISM, 1);
        long combinations =
                runs.stream().mapToLong(b -> combinations(b, counts)).sum();
        String methods = runs.stream().map(Catalog.Benchmark::method).collect(Collectors.joining("|"));
        String include = "^" + Pattern.quote(first.className()) + "\\.(" + methods + ")$";
        return new Step(
                p,
                first.simpleClassName(),
                include,
                combinations,
                strategies,
                List.copyOf(params),
                combinations * combinationMs);
    }

    private static Step pythonStep(int p, Profile profile) {
        List<String> strategies = pythonStrategiesAt(p);
        double serialMs = profile.pythonSteps() * PYTHON_NS_PER_STEP / 1e6;
        long perRepeat = (long) (serialMs / p) + PYTHON_POOL_START_MS;
        if (p == 1) {
            perRepeat += (long) serialMs;
        }
        return new Step(
                p,
                PythonPi.NAME,
                "",
                strategies.size(),
                strategies,
                List.of(),
                (profile.pythonRepeats() + 1) * perRepeat);
    }

    /** The {@code -p NAME=V1,V2} given to JMH after {@code --}, by name. */
    static Map<String, List<String>> extraParams(List<String> jmhExtra) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < jmhExtra.size(); i++) {
            if (!jmhExtra.get(i).equals("-p")) {
                continue;
            }
            String pair = i + 1 < jmhExtra.size() ? jmhExtra.get(i + 1) : "";
            int eq = pair.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("JMH option -p needs NAME=V1,V2, got '" + pair + "'");
            }
            String name = pair.substring(0, eq);
            if (name.equals(Catalog.PARALLELISM)) {
                throw new IllegalArgumentException("JMH option -p parallelism after -- is the sweep's own: it is p");
            }
            params.put(name, List.of(pair.substring(eq + 1).split(",", -1)));
        }
        return params;
    }

    /** JMH's parameter combinations for one benchmark, counting a set parameter by its values. */
    static long combinations(Catalog.Benchmark benchmark, Map<String, Integer> counts) {
        long product = 1;
        for (Map.Entry<String, List<String>> param : benchmark.params().entrySet()) {
            product *= counts.getOrDefault(param.getKey(), param.getValue().size());
        }
        return product;
    }

    /** JMH refuses an option given twice: one after {@code --} replaces the profile's, in the estimate too. */
    static Profile.Timing timing(Profile.Timing base, List<String> jmhExtra) {
        for (String own : List.of("-rf", "-rff", "-jvmArgsAppend")) {
            if (jmhExtra.contains(own)) {
                throw new IllegalArgumentException("JMH option " + own + " after -- is the sweep's own");
            }
        }
        int forks = base.forks();
        int warmups = base.warmupIterations();
        long warmupMs = base.warmupMs();
        int iterations = base.iterations();
        long iterationMs = base.iterationMs();
        for (int i = 0; i + 1 < jmhExtra.size(); i++) {
            String value = jmhExtra.get(i + 1);
            try {
                switch (jmhExtra.get(i)) {
                    case "-f" -> forks = Integer.parseInt(value);
                    case "-wi" -> warmups = Integer.parseInt(value);
                    case "-i" -> iterations = Integer.parseInt(value);
                    case "-w" -> warmupMs = TimeValue.fromString(value).convertTo(TimeUnit.MILLISECONDS);
                    case "-r" -> iterationMs = TimeValue.fromString(value).convertTo(TimeUnit.MILLISECONDS);
                    default -> {}
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "JMH option " + jmhExtra.get(i) + " '" + value + "': " + e.getMessage());
            }
        }
        return new Profile.Timing(forks, warmups, warmupMs, iterations, iterationMs);
    }

    /** The profile's timing options for JMH, less those given after {@code --}: JMH refuses an option twice. */
    List<String> timingArguments(List<String> jmhExtra) {
        List<String> result = new ArrayList<>();
        String[][] options = {
            {"-f", Integer.toString(timing.forks())},
            {"-wi", Integer.toString(timing.warmupIterations())},
            {"-w", timing.warmupMs() + "ms"},
            {"-i", Integer.toString(timing.iterations())},
            {"-r", timing.iterationMs() + "ms"}
        };
        for (String[] option : options) {
            if (!jmhExtra.contains(option[0])) {
                result.addAll(List.of(option));
            }
        }
        return result;
    }

    public long estimateMs() {
        return steps.stream().mapToLong(Step::estimateMs).sum();
    }

    public long combinations() {
        return steps.stream().mapToLong(Step::combinations).sum();
    }
}
