package dev.speedup.reports.render;

import java.nio.file.Path;

/** A chart file written for a report, with the title and alt text the HTML page shows. */
public record Chart(Path file, String title) {}
