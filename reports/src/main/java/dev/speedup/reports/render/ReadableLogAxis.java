package dev.speedup.reports.render;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 log axis with ticks at round numbers (1-2-5 steps, or every integer mantissa inside
 * one decade), so a time range such as 12–60 ms still has labels; JFreeChart's own log axes label
 * only powers of ten or fractional powers like 15.8489.
 */
final class ReadableLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    private static final double[] FINE = {1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final double[] MEDIUM = {1, 2, 5};
    private static final double[] COARSE = {1};

    ReadableLogAxis(String label) {
        super(label);
        setBase(10);
        setSmallestValue(1e-300);
        setMinorTickMarksVisible(true);
    }

    @Override
    protected List<ValueTick> refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
    }

    @Override
    protected List<ValueTick> refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        return ticks(edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
    }

    private List<ValueTick> ticks(TextAnchor anchor) {
        double lo = getLowerBound();
        double hi = getUpperBound();
        List<ValueTick> ticks = new ArrayList<>();
        if (!(lo > 0) || !(hi > lo)) {
            return ticks;
        }
        double decades = Math.log10(hi / lo);
        double[] labelled = decades <= 1.2 ? FINE : decades <= 3.5 ? MEDIUM : COARSE;
        NumberFormat format = ChartStyle.significant();
        int first = (int) Math.floor(Math.log10(lo));
        int last = (int) Math.ceil(Math.log10(hi));
        for (int e = first; e <= last; e++) {
            double decade = Math.pow(10, e);
            for (int m = 1; m <= 9; m++) {
                addTick(ticks, decade * m, labelled, m, format, anchor, lo, hi);
            }
            if (labelled == FINE) {
                addTick(ticks, decade * 1.5, labelled, 1.5, format, anchor, lo, hi);
            }
        }
        return ticks;
    }

    private static void addTick(
            List<ValueTick> ticks,
            double value,
            double[] labelled,
            double mantissa,
            NumberFormat format,
            TextAnchor anchor,
            double lo,
            double hi) {
        if (value < lo || value > hi) {
            return;
        }
        boolean major = java.util.Arrays.stream(labelled).anyMatch(x -> x == mantissa);
        ticks.add(new NumberTick(
                major ? TickType.MAJOR : TickType.MINOR,
                value,
                major ? format.format(value) : "",
                anchor,
                TextAnchor.CENTER,
                0.0));
    }
}
