package dev.speedup.reports.analysis;

import java.util.List;

/**
 * Cases that differ only in a size-like param ({@code size}, {@code steps}), in ascending size:
 * where time-versus-size charts and break-even sizes come from.
 */
public record SizeFamily(CaseKey key, String sizeParam, List<CaseResult> cases, List<BreakEven> breakEvens) {

    public SizeFamily {
        cases = List.copyOf(cases);
        breakEvens = List.copyOf(breakEvens);
    }

    public String sizeOf(CaseResult c) {
        return c.key().params().get(sizeParam);
    }

    public CaseResult largest() {
        return cases.get(cases.size() - 1);
    }
}
