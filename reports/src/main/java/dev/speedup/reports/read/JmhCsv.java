package dev.speedup.reports.read;

import java.nio.file.Path;
import java.util.List;

/** One JMH result file (CSV or JSON) as read: its param names, in first-seen order, and its rows. */
public record JmhCsv(Path file, List<String> paramColumns, boolean hasThreads, List<JmhRow> rows) {
    public JmhCsv {
        paramColumns = List.copyOf(paramColumns);
        rows = List.copyOf(rows);
    }
}
