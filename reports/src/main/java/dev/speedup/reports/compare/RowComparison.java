package dev.speedup.reports.compare;

import dev.speedup.reports.read.JmhRow;
import java.util.Optional;

/**
 * One compared row: its key, the two JMH rows (either may be absent), the statistics (absent for
 * NEW, MISSING and INCOMPARABLE rows) and the final verdict with a plain note.
 */
public record RowComparison(
        RowKey key,
        Optional<JmhRow> base,
        Optional<JmhRow> candidate,
        Optional<RowTest> test,
        Verdict verdict,
        String note) {

    public JmhRow any() {
        return base.or(() -> candidate).orElseThrow();
    }

    public String mode() {
        return any().mode().label();
    }

    public String unit() {
        return any().unit();
    }

    public double ratio() {
        return test.map(RowTest::ratio).orElse(Double.NaN);
    }

    public boolean approximate() {
        return test.map(RowTest::approximate).orElse(false);
    }
}
