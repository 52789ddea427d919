package dev.speedup.reports.render;

import dev.speedup.reports.analysis.CaseResult;
import java.util.List;

/**
 * One line of a report's summary, as plain text (renderers escape it): which workload, the answer
 * (best strategy at the highest core count, and by how much) and one sentence saying why not more.
 *
 * @param answer e.g. "EXECUTOR on 2 cores: 1.77× vs SERIAL at 1 core (efficiency 0.89)"
 * @param figures further figures: the speedup over the best single core, the Amdahl ceiling
 * @param why one sentence of reading derived from the numbers
 */
public record Headline(CaseResult result, String answer, List<String> figures, String why) {
    public Headline {
        figures = List.copyOf(figures);
    }

    /** The reading's plain name ("π (midpoint rule)"). */
    public String workload() {
        return result.reading().workload();
    }
}
