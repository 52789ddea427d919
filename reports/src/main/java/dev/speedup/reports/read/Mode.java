package dev.speedup.reports.read;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A JMH benchmark mode as written in the CSV's {@code Mode} column. */
public enum Mode {
    THROUGHPUT("thrpt"),
    AVERAGE_TIME("avgt"),
    SAMPLE_TIME("sample"),
    SINGLE_SHOT("ss");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Throughput is the only mode where a higher score is better; speedup divides the other way. */
    public boolean higherIsBetter() {
        return this == THROUGHPUT;
    }

    public static Optional<Mode> of(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst();
    }

    public static String labels() {
        return Arrays.stream(values()).map(Mode::label).collect(Collectors.joining(", "));
    }
}
