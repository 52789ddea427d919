package dev.speedup.reports.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads any JMH CSV ({@code -rf csv}): columns found by header name, numbers in the locale the file
 * was written in, and every problem reported as one line naming the file and line.
 */
public final class JmhCsvReader {
    private static final String PARAM_PREFIX = "Param: ";
    // JMH formats the confidence in the header with the JVM's default locale: (99.9%) or (99,9%).
    private static final Pattern ERROR_HEADER = Pattern.compile("Score Error \\((\\d+)([.,])(\\d+)%\\)");
    private static final Pattern DOT_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern COMMA_NUMBER = Pattern.compile("[+-]?\\d+(,\\d*)?([eE][+-]?\\d+)?");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("[+-]?NaN");
    private static final List<String> REQUIRED = List.of("Benchmark", "Mode", "Score", "Score Error (99.9%)", "Unit");

    private final Path file;

    public JmhCsvReader(Path file) {
        this.file = file;
    }

    public JmhCsv read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            text = readLatin1();
        } catch (IOException e) {
            throw BadInputException.at(file, 0, "cannot read: " + e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw BadInputException.at(
                    file, 1, "empty file; expected a JMH CSV header such as \"Benchmark\",\"Mode\",\"Threads\",...");
        }
        int[] lineStarts = lineStarts(text);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw BadInputException.at(file, 0, "not valid CSV: " + oneLine(e));
        }
        CSVRecord headerRecord = records.get(0);
        Header header = header(headerRecord, lineOf(text, lineStarts, headerRecord));
        List<JmhRow> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            rows.add(row(header, record, lineOf(text, lineStarts, record)));
        }
        return new JmhCsv(file, header.params.keySet().stream().toList(), header.threads >= 0, rows);
    }

    private String readLatin1() {
        try {
            // A JMH file from a JVM whose default charset was not UTF-8: the "us" in a unit may be a
            // Latin-1 micro sign, which ISO-8859-1 decodes faithfully.
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw BadInputException.at(file, 0, "cannot read: " + e);
        }
    }

    private record Header(
            int columns,
            int benchmark,
            int mode,
            int threads,
            int samples,
            int score,
            int error,
            int unit,
            Map<String, Integer> params,
            boolean decimalComma) {}

    private Header header(CSVRecord record, int line) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> params = new LinkedHashMap<>();
        boolean decimalComma = false;
        int error = -1;
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).trim();
            Matcher m = ERROR_HEADER.matcher(name);
            if (m.matches()) {
                error = i;
                decimalComma = ",".equals(m.group(2));
            } else if (name.startsWith(PARAM_PREFIX)) {
                params.put(name.substring(PARAM_PREFIX.length()).trim(), i);
            } else {
                index.putIfAbsent(name, i);
            }
        }
        if (record.get(0).contains(";")) {
            throw BadInputException.at(
                    file,
                    line,
                    "found a semicolon-separated header; expected JMH's"
                            + " comma-separated CSV (\"Benchmark\",\"Mode\",...) as written by -rf csv");
        }
        for (String required : REQUIRED) {
            boolean present = required.startsWith("Score Error") ? error >= 0 : index.containsKey(required);
            if (!present) {
                throw BadInputException.at(
                        file,
                        line,
                        "missing column \"" + required
                                + "\"; expected a JMH CSV header (Benchmark, Mode, Threads, Samples, Score,"
                                + " Score Error (99.9%), Unit, Param: ...), found " + Arrays.toString(record.values()));
            }
        }
        return new Header(
                record.size(),
                index.get("Benchmark"),
                index.get("Mode"),
                index.getOrDefault("Threads", -1),
                index.getOrDefault("Samples", -1),
                index.get("Score"),
                error,
                index.get("Unit"),
                params,
                decimalComma);
    }

    private JmhRow row(Header h, CSVRecord r, int line) {
        if (r.size() != h.columns) {
            throw BadInputException.at(
                    file, line, "expected " + h.columns + " cells like the header, found " + r.size());
        }
        String name = r.get(h.benchmark).trim();
        if (name.isEmpty()) {
            throw BadInputException.at(file, line, "expected a benchmark name in column \"Benchmark\"");
        }
        // Secondary results (-prof gc, sample-mode percentiles) are written as "bench:label".
        int colon = name.indexOf(':');
        String benchmark = colon < 0 ? name : name.substring(0, colon);
        String label = colon < 0 ? "" : name.substring(colon + 1);
        String modeText = r.get(h.mode).trim();
        Mode mode = Mode.of(modeText)
                .orElseThrow(() -> BadInputException.at(
                        file,
                        line,
                        "expected a JMH mode (" + Mode.labels() + ") in column \"Mode\", found \"" + modeText + "\""));
        int threads = h.threads < 0 ? 1 : (int) integer(r.get(h.threads), "Threads", line);
        long samples = h.samples < 0 ? 0 : integer(r.get(h.samples), "Samples", line);
        double score = number(r.get(h.score), "Score", line, h.decimalComma);
        String errorCell = r.get(h.error).trim();
        double error = errorCell.isEmpty() ? Double.NaN : number(errorCell, "Score Error", line, h.decimalComma);
        String unit = r.get(h.unit).trim();
        if (label.isEmpty() && Units.toBase(mode, unit).isEmpty()) {
            throw BadInputException.at(
                    file,
                    line,
                    "expected a unit " + Units.expected(mode) + " for mode " + mode.label() + ", found \"" + unit
                            + "\"");
        }
        Map<String, String> params = new LinkedHashMap<>();
        h.params.forEach((param, i) -> {
            String value = r.get(i).trim();
            if (!value.isEmpty()) { // JMH leaves a param empty for benchmarks that do not have it
                params.put(param, value);
            }
        });
        return new JmhRow(benchmark, label, mode, threads, samples, score, error, unit, params, file, line);
    }

    private long integer(String cell, String column, int line) {
        String text = cell.trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw BadInputException.at(
                    file, line, "expected a whole number in column \"" + column + "\", found \"" + text + "\"");
        }
    }

    private double number(String cell, String column, int line, boolean decimalComma) {
        String text = cell.trim();
        if (NOT_A_NUMBER.matcher(text).matches()) {
            return Double.NaN;
        }
        if (decimalComma && COMMA_NUMBER.matcher(text).matches()) {
            return Double.parseDouble(text.replace(',', '.'));
        }
        if (!decimalComma && DOT_NUMBER.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        String why;
        if (decimalComma) {
            why = "expected a number with a decimal comma such as 2342,834964 (the header"
                    + " \"Score Error (99,9%)\" says the file was written under a comma-decimal locale)";
        } else if (COMMA_NUMBER.matcher(text).matches()) {
            why = "expected a number with a decimal point; \"" + text + "\" has a decimal comma but the"
                    + " header does not say which locale wrote it, so it cannot be read safely (re-run JMH"
                    + " with -Duser.language=en)";
        } else {
            why = "expected a number";
        }
        throw BadInputException.at(file, line, why + " in column \"" + column + "\", found \"" + text + "\"");
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(String text, int[] lineStarts, CSVRecord record) {
        int position = (int) record.getCharacterPosition();
        // The parser's position for a record can point at the blank lines it skipped before it.
        while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
            position++;
        }
        int i = Arrays.binarySearch(lineStarts, position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
