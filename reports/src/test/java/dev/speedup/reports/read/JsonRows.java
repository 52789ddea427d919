package dev.speedup.reports.read;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Hand-made JMH JSON in the exact shape JMH 1.37's -rf json writes (the fields we read). */
public final class JsonRows {
    private JsonRows() {}

    public static String file(String... benchmarks) {
        return "[\n" + String.join(",\n", benchmarks) + "\n]\n";
    }

    /** One benchmark object; {@code forks} are the measured iteration scores of each fork. */
    public static String benchmark(
            String name, String mode, String unit, Map<String, String> params, List<List<Double>> forks) {
        double[] all = forks.stream()
                .flatMap(List::stream)
                .mapToDouble(Double::doubleValue)
                .toArray();
        double mean = java.util.Arrays.stream(all).average().orElse(Double.NaN);
        String paramsJson = params.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\" : \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", ", "{ ", " }"));
        String raw = forks.stream()
                .map(f -> f.stream()
                        .map(v -> String.format(Locale.ROOT, "%s", v))
                        .collect(Collectors.joining(", ", "[ ", " ]")))
                .collect(Collectors.joining(", ", "[ ", " ]"));
        return String.format(
                Locale.ROOT,
                "    {\n        \"jmhVersion\" : \"1.37\",\n        \"benchmark\" : \"%s\",\n        \"mode\" : \"%s\",\n"
                        + "        \"threads\" : 1,\n        \"forks\" : %d,\n        \"params\" : %s,\n"
                        + "        \"primaryMetric\" : {\n            \"score\" : %s,\n            \"scoreError\" : %s,\n"
                        + "            \"scoreUnit\" : \"%s\",\n            \"rawData\" : %s\n        },\n"
                        + "        \"secondaryMetrics\" : {\n        }\n    }",
                name,
                mode,
                forks.size(),
                paramsJson,
                mean,
                all.length > 1 ? "0.1" : "\"NaN\"",
                unit,
                raw);
    }
}
