package dev.speedup.reports.render;

import static dev.speedup.reports.render.Escape.markdown;

import dev.speedup.reports.analysis.Basis;
import dev.speedup.reports.analysis.CaseResult;
import dev.speedup.reports.analysis.RunAnalysis;
import dev.speedup.reports.analysis.Series;
import dev.speedup.reports.output.SafeFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes {@code summary.md}: one compact table per machine (largest size of each case, speedup by
 * core count, best in bold) for CI job summaries and pull-request comments.
 */
public final class MarkdownWriter {
    private final Path file;

    public MarkdownWriter(Path file) {
        this.file = file;
    }

    public Path write(List<RunAnalysis> runs) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("## Speedup summary\n\n");
        for (RunAnalysis r : runs) {
            String machine = r.run().machine().summary();
            md.append("### ").append(markdown(r.run().label())).append("\n\n");
            if (!machine.isEmpty()) {
                md.append(markdown(machine)).append("\n\n");
            }
            if (r.run().machine().interrupted()) {
                md.append("> **Incomplete run:** interrupted before it finished.\n\n");
            }
            // The answer first, as on the page: best strategy, by how much, and why not more.
            for (Headline line : Summary.of(r)) {
                md.append("- **")
                        .append(markdown(line.workload()))
                        .append("** (")
                        .append(markdown(line.result().key().title()))
                        .append("): ")
                        .append(markdown(line.answer()));
                line.figures().forEach(f -> md.append("; ").append(markdown(f)));
                if (!line.why().isEmpty()) {
                    md.append(". *").append(markdown(line.why())).append('*');
                }
                line.result().warnings().forEach(w -> md.append("\n  - ⚠ ").append(markdown(w)));
                md.append('\n');
            }
            md.append('\n');
            TreeSet<Integer> cores = new TreeSet<>();
            List<CaseResult> cases = r.headlineCases().stream()
                    .filter(c -> c.reading().isSpeedup())
                    .toList();
            cases.forEach(c -> cores.addAll(c.cores()));
            md.append("| case | strategy |");
            cores.forEach(p -> md.append(" p=").append(p).append(" |"));
            md.append(" Amdahl ceiling |\n|---|---|");
            cores.forEach(p -> md.append("---:|"));
            md.append("---:|\n");
            boolean anySelf = false;
            for (CaseResult c : cases) {
                Basis basis = c.basis();
                anySelf |= basis == Basis.SELF;
                for (Series s : c.series()) {
                    md.append("| ")
                            .append(markdown(c.key().title()))
                            .append(" | ")
                            .append(markdown(s.label()))
                            .append(" |");
                    for (int p : cores) {
                        String cell =
                                s.at(p).map(x -> Fmt.fixed2(x.speedup(basis))).orElse("");
                        boolean best = c.series().size() > 1
                                && c.best().stream()
                                        .anyMatch(b -> b.cores() == p
                                                && !b.tie()
                                                && b.strategy().equals(s.label()));
                        md.append(' ')
                                .append(best && !cell.isEmpty() ? "**" + cell + "**" : cell)
                                .append(basis == Basis.SELF && !cell.isEmpty() ? "†" : "")
                                .append(" |");
                    }
                    // A fit that is not Amdahl-shaped (overhead, superlinear) gets no headline ceiling.
                    md.append(' ')
                            .append(s.fit()
                                    .map(f -> f.caveat().isEmpty() ? Fmt.sig(f.ceiling(), 3) + "×" : Fmt.NA)
                                    .orElse(""))
                            .append(" |\n");
                }
            }
            String baselines = cases.stream()
                    .map(CaseResult::baseline)
                    .distinct()
                    .map(Escape::markdown)
                    .collect(java.util.stream.Collectors.joining(" or "));
            md.append("\nSpeedup vs ")
                    .append(baselines)
                    .append(" on 1 core at the largest size of each case; **bold** = fastest"
                            + " at that core count (outside the error bars)");
            md.append(anySelf ? "; † = self-relative (no baseline result at 1 core)" : "")
                    .append(".\n");
            for (String w : r.warnings()) {
                md.append("\n- ").append(markdown(w));
            }
            md.append(r.warnings().isEmpty() ? "\n" : "\n\n");
        }
        return SafeFiles.writeString(file, md);
    }
}
