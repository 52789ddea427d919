package dev.speedup.reports.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads any JMH JSON ({@code -rf json}): one primary row per benchmark and param set with the raw
 * measured iterations of every fork, and one secondary row per secondary metric ({@code -prof gc},
 * sample-mode percentiles), exactly as {@link JmhCsvReader} keeps them apart. Benchmarks are read one
 * at a time from the stream, so a large file is never held whole.
 */
public final class JmhJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    public JmhJsonReader(Path file) {
        this.file = file;
    }

    public JmhCsv read() {
        List<JmhRow> rows = new ArrayList<>();
        Set<String> paramNames = new LinkedHashSet<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = new JsonFactory(MAPPER).createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw BadInputException.at(
                        file,
                        first == null ? 1 : line(parser),
                        "expected a JMH JSON result file (a [ ... ] array of benchmarks, as written by -rf json)");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = line(parser);
                JsonNode benchmark = MAPPER.readTree(parser);
                rows.addAll(benchmark(benchmark, line, paramNames));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw BadInputException.at(file, line(parser), "expected a benchmark object { ... } in the array");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw BadInputException.at(file, line, "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw BadInputException.at(file, 0, "cannot read: " + e);
        }
        return new JmhCsv(file, List.copyOf(paramNames), true, rows);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private List<JmhRow> benchmark(JsonNode b, int line, Set<String> paramNames) {
        String name = text(b, "benchmark", line);
        String modeText = text(b, "mode", line);
        Mode mode = Mode.of(modeText)
                .orElseThrow(() -> BadInputException.at(
                        file,
                        line,
                        "expected a JMH mode (" + Mode.labels() + ") in \"mode\", found \"" + modeText + "\""));
        JsonNode threadsNode = b.path("threads");
        if (!threadsNode.isMissingNode() && !threadsNode.canConvertToLong()) {
            throw BadInputException.at(file, line, name + ": expected a whole number in \"threads\"");
        }
        int threads = threadsNode.isMissingNode() ? 1 : RowChecks.threads(file, line, threadsNode.asLong());
        Map<String, String> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = b.path("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            params.put(
                    p.getKey(),
                    RowChecks.param(file, line, p.getKey(), p.getValue().asText()));
            paramNames.add(p.getKey());
        }
        JsonNode primary = b.path("primaryMetric");
        if (!primary.isObject()) {
            throw BadInputException.at(file, line, name + ": expected a \"primaryMetric\" object");
        }
        List<JmhRow> rows = new ArrayList<>();
        rows.add(metric(name, "", mode, threads, params, primary, line, true));
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        b.path("secondaryMetrics").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> m = it.next();
            rows.add(metric(name, m.getKey(), mode, threads, params, m.getValue(), line, false));
        }
        return rows;
    }

    private JmhRow metric(
            String benchmark,
            String label,
            Mode mode,
            int threads,
            Map<String, String> params,
            JsonNode metric,
            int line,
            boolean primary) {
        String where = label.isEmpty() ? benchmark : benchmark + ":" + label;
        double score = number(metric.path("score"), where + " score", line);
        double error = number(metric.path("scoreError"), where + " scoreError", line);
        String unit = text(metric, "scoreUnit", line).trim();
        List<List<Double>> forks = new ArrayList<>();
        long samples;
        if (metric.has("rawDataHistogram")) {
            samples = histogram(metric.path("rawDataHistogram"), where, line, forks);
        } else {
            samples = raw(metric.path("rawData"), where, line, forks);
        }
        RowChecks.error(file, line, error);
        if (!primary) {
            RowChecks.secondaryScore(file, line, score);
        } else {
            RowChecks.measurement(file, line, where + " score", score);
            forks.forEach(f -> f.forEach(v -> RowChecks.measurement(file, line, where + " rawData", v)));
            RowChecks.unit(file, line, where + ": ", mode, unit);
        }
        return new JmhRow(benchmark, label, mode, threads, samples, score, error, unit, params, file, line, forks);
    }

    /** {@code rawData}: per fork, the score of each measured iteration. */
    private long raw(JsonNode data, String where, int line, List<List<Double>> forks) {
        if (data.isMissingNode()) {
            return 0;
        }
        long n = 0;
        for (JsonNode fork : array(data, where + " rawData", line)) {
            List<Double> iterations = new ArrayList<>();
            for (JsonNode v : array(fork, where + " rawData", line)) {
                iterations.add(number(v, where + " rawData", line));
            }
            n += iterations.size();
            forks.add(iterations);
        }
        return n;
    }

    /** {@code rawDataHistogram} (sample mode): per fork, per iteration, [value, count] pairs. */
    private long histogram(JsonNode data, String where, int line, List<List<Double>> forks) {
        long n = 0;
        for (JsonNode fork : array(data, where + " rawDataHistogram", line)) {
            List<Double> iterations = new ArrayList<>();
            for (JsonNode iteration : array(fork, where + " rawDataHistogram", line)) {
                double sum = 0;
                long count = 0;
                for (JsonNode pair : array(iteration, where + " rawDataHistogram", line)) {
                    if (!pair.isArray() || pair.size() != 2 || !pair.get(1).canConvertToLong()) {
                        throw BadInputException.at(
                                file, line, where + ": expected [value, count] pairs in \"rawDataHistogram\"");
                    }
                    long c = pair.get(1).asLong();
                    sum += number(pair.get(0), where + " rawDataHistogram", line) * c;
                    count += c;
                }
                if (count > 0) {
                    iterations.add(sum / count);
                    n += count;
                }
            }
            forks.add(iterations);
        }
        return n;
    }

    private Iterable<JsonNode> array(JsonNode node, String what, int line) {
        if (!node.isArray()) {
            throw BadInputException.at(file, line, "expected an array in " + what);
        }
        return node;
    }

    private String text(JsonNode node, String field, int line) {
        JsonNode v = node.path(field);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw BadInputException.at(file, line, "expected a text field \"" + field + "\" in a JMH JSON benchmark");
        }
        return v.asText();
    }

    /** JMH writes a number, or the strings "NaN", "Infinity" for values it could not compute. */
    private double number(JsonNode v, String what, int line) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isTextual()) {
            switch (v.asText()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw BadInputException.at(file, line, "expected a number in " + what + ", found " + v);
    }
}
