package dev.speedup.reports.read;

import java.nio.file.Path;
import java.util.List;

/** One JMH CSV file as read: its {@code Param: ...} column names and its rows. */
public record JmhCsv(Path file, List<String> paramColumns, boolean hasThreads, List<JmhRow> rows) {
    public JmhCsv {
        paramColumns = List.copyOf(paramColumns);
        rows = List.copyOf(rows);
    }
}
