package dev.speedup.reports.analysis;

import java.util.List;

/**
 * How rows become cases: the core axis, the baseline strategy (SERIAL) and which params are sizes.
 */
public record AnalysisOptions(CoresAxis cores, String baseline, List<String> sizeParams) {
    public static final String STRATEGY_PARAM = "strategy";
    public static final String DEFAULT_BASELINE = "SERIAL";
    public static final List<String> DEFAULT_SIZE_PARAMS = List.of("size", "steps");

    public AnalysisOptions {
        sizeParams = List.copyOf(sizeParams);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(CoresAxis.defaults(), DEFAULT_BASELINE, DEFAULT_SIZE_PARAMS);
    }
}
