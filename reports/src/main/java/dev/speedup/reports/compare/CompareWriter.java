package dev.speedup.reports.compare;

import dev.speedup.reports.output.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes every compare output into one directory and says which files it wrote. */
public final class CompareWriter {
    private final Path dir;

    public CompareWriter(Path dir) {
        this.dir = dir;
    }

    public List<Path> write(Comparison c) throws IOException {
        List<Path> written = new ArrayList<>();
        SafeFiles.createDirectories(dir.resolve("charts"));
        written.add(CompareCsv.write(c, dir.resolve("compare.csv")));
        written.add(CompareMarkdown.write(c, dir.resolve("compare.md")));
        written.add(CompareJUnitXml.write(c, dir.resolve("compare.xml")));
        written.addAll(CompareHtml.write(c, dir));
        return written;
    }
}
