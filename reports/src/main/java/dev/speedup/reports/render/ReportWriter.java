package dev.speedup.reports.render;

import dev.speedup.reports.analysis.RunAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every output of a report into one directory and returns the files it wrote. */
public final class ReportWriter {
  private final Path dir;

  public ReportWriter(Path dir) {
    this.dir = dir;
  }

  public List<Path> write(List<RunAnalysis> runs) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(new SpeedupCsvWriter(dir.resolve("speedup.csv")).write(runs));
    return written;
  }
}
