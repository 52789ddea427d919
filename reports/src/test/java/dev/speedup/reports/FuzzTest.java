package dev.speedup.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzzer for the CSV reader through the whole CLI: random bytes and mutations of a real JMH
 * CSV (from a smoke run of this project) must end in exit 0 or 2, never in a stack trace or an
 * internal error, and never write a file outside the output directory. A bounded number of cases
 * runs in {@code ./mvnw verify}; {@code -Dfuzz.cases=N -Dfuzz.seed=S} runs more, and a failure
 * names the seed and case that reproduce it.
 */
class FuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 11L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 300);
    // What hostile or broken files hold; spliced into a real CSV at random places.
    private static final String[] TOKENS = {
        "NaN",
        "Infinity",
        "-Infinity",
        "1e999",
        "-1",
        "0",
        "99999999999",
        "\"",
        "\"\"",
        ",",
        ";",
        "\n",
        "\r\n",
        "\r",
        "\u0000",
        "\u001b[2J",
        "\u009b",
        "\uFEFF",
        "=cmd|' /C calc'!A0",
        "@SUM(1)",
        "../../x",
        "/",
        "Param: size",
        "Score Error (99,9%)",
        "µs/op",
        "thrpt",
        "ops/s",
        ":gc.alloc.rate",
        "\u202e",
        "9".repeat(400),
        " "
    };

    @TempDir
    Path root;

    @Test
    void anyBytesOrMutatedCsvExitsZeroOrTwoWithoutATraceOrAStrayFile() throws Exception {
        byte[] real;
        try (InputStream in = FuzzTest.class.getResourceAsStream("/fuzz/jmh-p2.csv")) {
            real = in.readAllBytes();
        }
        Random random = new Random(SEED);
        int[] codes = new int[4];
        for (int n = 0; n < CASES; n++) {
            byte[] input = n % 4 == 0 ? randomBytes(random) : mutate(real, random);
            Path run = root.resolve("case" + n);
            Files.createDirectories(run);
            String name =
                    switch (random.nextInt(8)) {
                        case 0 -> "jmh-p99999999999.csv";
                        case 1 -> "jmh-p0.csv";
                        case 2 -> "results.csv";
                        default -> "jmh-p2.csv";
                    };
            Files.write(run.resolve(name), input);
            if (random.nextInt(10) == 0) {
                Files.write(run.resolve("machine.properties"), mutate("host=box\ncpu.model=x\n".getBytes(), random));
            }
            Set<String> before = filesOutside(run.resolve("report"));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] args = random.nextBoolean()
                    ? new String[] {"table", run.toString()}
                    : new String[] {"report", "--max-chart-cases", "0", run.toString()};
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
            String printed = out + "\n" + err;
            String where = "seed " + SEED + ", case " + n + " (" + String.join(" ", args) + "):\n" + printed;
            assertTrue(code == 0 || code == 2, "exit " + code + " at " + where);
            assertFalse(printed.contains("Exception"), where);
            assertFalse(printed.contains("\tat "), where);
            assertFalse(printed.contains("\u001b"), "raw ESC on the terminal at " + where);
            if (code == 2) {
                assertEquals(1, err.toString().strip().lines().count(), "one line at " + where);
            }
            Set<String> after = filesOutside(run.resolve("report"));
            assertEquals(before, after, "files outside the report directory at " + where);
            codes[code]++;
        }
        // A fuzzer that never gets past the header tests nothing: some cases must be read whole.
        assertTrue(codes[0] > CASES / 20, "only " + codes[0] + " of " + CASES + " inputs were accepted");
        assertTrue(codes[2] > CASES / 5, "only " + codes[2] + " of " + CASES + " inputs were rejected");
    }

    private Set<String> filesOutside(Path reportDir) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.startsWith(reportDir))
                    .map(p -> root.relativize(p).toString())
                    .filter(p -> !p.isEmpty())
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(3000)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) { // printable noise with line breaks gets further than raw bytes
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextInt(12) == 0 ? '\n' : 32 + random.nextInt(95));
            }
        }
        return bytes;
    }

    private static byte[] mutate(byte[] real, Random random) {
        List<Byte> bytes = new ArrayList<>(real.length + 64);
        for (byte b : real) {
            bytes.add(b);
        }
        int mutations = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 4);
        for (int m = 0; m < mutations && !bytes.isEmpty(); m++) {
            int at = random.nextInt(bytes.size());
            switch (random.nextInt(6)) {
                case 0 -> bytes.set(at, (byte) random.nextInt(256));
                case 1 ->
                    bytes.subList(at, Math.min(bytes.size(), at + 1 + random.nextInt(40)))
                            .clear();
                case 2 -> {
                    byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                    for (int i = token.length - 1; i >= 0; i--) {
                        bytes.add(at, token[i]);
                    }
                }
                case 3 -> { // replace one cell's text with a token
                    int end = at;
                    while (end < bytes.size() && bytes.get(end) != ',' && bytes.get(end) != '\n') {
                        end++;
                    }
                    bytes.subList(at, end).clear();
                    byte[] token = TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
                    for (int i = token.length - 1; i >= 0; i--) {
                        bytes.add(at, token[i]);
                    }
                }
                case 4 -> bytes.subList(at, bytes.size()).clear(); // truncated
                default -> { // a line repeated: duplicates
                    int start = at;
                    while (start > 0 && bytes.get(start - 1) != '\n') {
                        start--;
                    }
                    int end = at;
                    while (end < bytes.size() && bytes.get(end) != '\n') {
                        end++;
                    }
                    List<Byte> line = new ArrayList<>(bytes.subList(start, Math.min(bytes.size(), end + 1)));
                    bytes.addAll(Math.min(bytes.size(), end + 1), line);
                }
            }
        }
        byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }
}
