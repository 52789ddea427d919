package dev.speedup.reports.compare;

import dev.speedup.reports.TestFiles;
import dev.speedup.reports.read.JsonRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds run directories of hand-made JMH JSON with known truth for the compare tests. */
final class Runs {
    static final String PI = "dev.speedup.benchmarks.PiBenchmark.pi";

    private final Path dir;
    private final Map<Integer, List<String>> byCores = new LinkedHashMap<>();
    private final Noise noise;
    private String machine = "host=box\ncpu.model=Test CPU\ncpu.online=2\njava.version=17.0.15";

    Runs(Path dir, long seed) {
        this.dir = dir;
        this.noise = new Noise(seed);
    }

    /** A PiBenchmark row at p cores: {@code forks} forks of 3 iterations around {@code median}. */
    Runs pi(String strategy, int p, double median, int forks) {
        return row(PI, "avgt", "ms/op", strategy, p, median, forks);
    }

    Runs row(String bench, String mode, String unit, String strategy, int p, double median, int forks) {
        List<List<Double>> raw = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double forkMedian = noise.forks(1, median, 0.02)[0];
            raw.add(Arrays.stream(noise.forks(3, forkMedian, 0.005)).boxed().toList());
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("parallelism", Integer.toString(p));
        params.put("steps", "1000");
        params.put("strategy", strategy);
        byCores.computeIfAbsent(p, k -> new ArrayList<>()).add(JsonRows.benchmark(bench, mode, unit, params, raw));
        return this;
    }

    Runs machine(String properties) {
        machine = properties;
        return this;
    }

    Path write() {
        byCores.forEach(
                (p, rows) -> TestFiles.write(dir, "jmh-p" + p + ".json", JsonRows.file(rows.toArray(String[]::new))));
        TestFiles.write(dir, "machine.properties", machine);
        return dir;
    }
}
