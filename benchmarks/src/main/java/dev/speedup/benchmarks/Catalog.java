package dev.speedup.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmarks this jar holds, read from the list JMH's annotation processor wrote, so the sweep
 * plan and the run check see exactly what JMH will run (enum parameters already expanded).
 */
public final class Catalog {
    public static final String STRATEGY = "strategy";
    public static final String PARALLELISM = "parallelism";

    /** One benchmark method: its full name, class, and parameter values by name. */
    public record Benchmark(String name, String className, String method, Map<String, List<String>> params) {
        public String simpleClassName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }

        public boolean has(String param) {
            return params.containsKey(param);
        }
    }

    private Catalog() {}

    /** Every benchmark in the jar, sorted by name. */
    public static List<Benchmark> all() {
        List<Benchmark> result = new ArrayList<>();
        BenchmarkList list = BenchmarkList.defaultList();
        for (BenchmarkListEntry entry : list.getAll(
                OutputFormatFactory.createFormatInstance(System.err, VerboseMode.SILENT), Collections.emptyList())) {
            Map<String, List<String>> params = new TreeMap<>();
            Map<String, String[]> declared = entry.getParams().orElse(Collections.emptyMap());
            declared.forEach((name, values) -> params.put(name, List.of(values)));
            String name = entry.getUsername();
            String className = entry.getUserClassQName();
            result.add(new Benchmark(name, className, name.substring(className.length() + 1), params));
        }
        result.sort((a, b) -> a.name().compareTo(b.name()));
        return result;
    }
}
