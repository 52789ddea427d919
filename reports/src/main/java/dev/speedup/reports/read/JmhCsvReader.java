package dev.speedup.reports.read;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    private static final int MAX_HEADER_LENGTH = 65_536;
    private static final List<String> REQUIRED = List.of("Benchmark", "Mode", "Score", "Score Error (99.9%)", "Unit");

    private final Path file;

    public JmhCsvReader(Path file) {
        this.file = file;
    }

    public JmhCsv read() {
        Charset charset = isUtf8() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        checkFirstLine(charset);
        Strings strings = new Strings();
        // Streamed record by record: a file of any size is never held whole, only its rows.
        try (LineTrackingReader in = new LineTrackingReader(withoutByteOrderMark(charset));
                CSVParser parser = CSVFormat.DEFAULT.parse(in)) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord headerRecord = records.hasNext() ? records.next() : null;
            if (headerRecord == null || Arrays.stream(headerRecord.values()).allMatch(String::isBlank)) {
                throw BadInputException.at(
                        file,
                        1,
                        "empty file; expected a JMH CSV header such as \"Benchmark\",\"Mode\",\"Threads\",...");
            }
            Header header = header(headerRecord, in.lineAt(headerRecord.getCharacterPosition()));
            List<JmhRow> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows.add(row(header, record, in.lineAt(record.getCharacterPosition()), strings));
            }
            return new JmhCsv(file, header.params.keySet().stream().toList(), header.threads >= 0, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw BadInputException.at(file, 0, "not valid CSV: " + oneLine(e));
        }
    }

    /**
     * A JMH file from a JVM whose default charset was not UTF-8 may hold a Latin-1 micro sign in a
     * unit, which ISO-8859-1 decodes faithfully; so UTF-8 unless the file is not valid UTF-8.
     */
    private boolean isUtf8() {
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder())) {
            char[] buffer = new char[8192];
            while (in.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw BadInputException.at(file, 0, "cannot read: " + oneLine(e));
        }
    }

    private Reader withoutByteOrderMark(Charset charset) throws IOException {
        PushbackReader in = new PushbackReader(Files.newBufferedReader(file, charset));
        int first = in.read();
        if (first >= 0 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    /**
     * Binary data is told apart before the CSV parser sees it: a JMH header is one short line of
     * printable text, and a parser fed random bytes reports nonsense (or reads to the end of the
     * file looking for a closing quote).
     */
    private void checkFirstLine(Charset charset) {
        try (Reader in = withoutByteOrderMark(charset)) {
            for (int i = 0, c; (c = in.read()) >= 0 && c != '\n'; i++) {
                if (i >= MAX_HEADER_LENGTH) {
                    throw notJmh("its first line is longer than " + MAX_HEADER_LENGTH + " characters");
                }
                if (c != '\r' && c != '\t' && (Character.isISOControl(c) || c == '\uFFFD')) {
                    throw notJmh(String.format(Locale.ROOT, "its first line holds binary data (character U+%04X)", c));
                }
            }
        } catch (IOException e) {
            throw BadInputException.at(file, 0, "cannot read: " + oneLine(e));
        }
    }

    private BadInputException notJmh(String why) {
        return BadInputException.at(
                file,
                1,
                "not a JMH CSV file: " + why + "; expected a header such as"
                        + " \"Benchmark\",\"Mode\",\"Threads\",... as written by JMH with -rf csv");
    }

    /**
     * One copy of each text that repeats from row to row (benchmark names, units, param values),
     * up to a bound so a file of all-distinct values does not pay for the map.
     */
    private static final class Strings {
        private static final int MAX = 20_000;
        private final Map<String, String> seen = new HashMap<>();

        String of(String text) {
            String known = seen.get(text);
            if (known != null) {
                return known;
            }
            if (seen.size() < MAX) {
                seen.put(text, text);
            }
            return text;
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
        if (record.get(0).contains(";") && record.get(0).contains("Benchmark")) {
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

    private JmhRow row(Header h, CSVRecord r, int line, Strings strings) {
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
        int threads = h.threads < 0 ? 1 : RowChecks.threads(file, line, integer(r.get(h.threads), "Threads", line));
        long samples = h.samples < 0 ? 0 : RowChecks.samples(file, line, integer(r.get(h.samples), "Samples", line));
        double parsedScore = number(r.get(h.score), "Score", line, h.decimalComma);
        double score = label.isEmpty()
                ? RowChecks.score(file, line, parsedScore)
                : RowChecks.secondaryScore(file, line, parsedScore);
        String errorCell = r.get(h.error).trim();
        double error = errorCell.isEmpty()
                ? Double.NaN
                : RowChecks.error(file, line, number(errorCell, "Score Error", line, h.decimalComma));
        String unit = strings.of(r.get(h.unit).trim());
        if (label.isEmpty()) {
            RowChecks.unit(file, line, "", mode, unit);
        }
        Map<String, String> params = new LinkedHashMap<>();
        h.params.forEach((param, i) -> {
            String value = r.get(i).trim();
            if (!value.isEmpty()) { // JMH leaves a param empty for benchmarks that do not have it
                params.put(param, strings.of(RowChecks.param(file, line, param, value)));
            }
        });
        return new JmhRow(
                strings.of(benchmark),
                strings.of(label),
                mode,
                threads,
                samples,
                score,
                error,
                unit,
                params,
                file,
                line);
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

    private static String oneLine(Exception e) {
        // The parser's exception arrives wrapped; the user wants its words, not Java class names.
        Throwable t = e;
        while ((t instanceof UncheckedIOException || t.getMessage() == null) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceAll("([\\w$]+\\.)*[\\w$]*(Exception|Error): ", "")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
