package dev.speedup.reports.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Every look of every chart in one place: size, fonts, and one colour per strategy or machine that
 * stays the same across all charts of a report.
 */
public final class ChartStyle {
    /** Logical size; PNGs are drawn at {@link #SCALE}× for sharp text on high-density screens. */
    public static final int WIDTH = 800;

    public static final int HEIGHT = 500;
    public static final int SCALE = 2;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color IDEAL = new Color(0x88, 0x88, 0x88);
    static final BasicStroke LINE = new BasicStroke(2.0f);
    static final BasicStroke DASHED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    // The baseline (SERIAL) is the dark reference line; other strategies take these in data order.
    private static final Color REFERENCE = new Color(0x33, 0x33, 0x33);
    private static final List<Color> PALETTE = List.of(
            new Color(0x1F, 0x77, 0xB4),
            new Color(0xFF, 0x7F, 0x0E),
            new Color(0x2C, 0xA0, 0x2C),
            new Color(0xD6, 0x27, 0x28),
            new Color(0x94, 0x67, 0xBD),
            new Color(0x8C, 0x56, 0x4B),
            new Color(0xE3, 0x77, 0xC2),
            new Color(0x17, 0xBE, 0xCF),
            new Color(0xBC, 0xBD, 0x22),
            new Color(0x7F, 0x7F, 0x7F),
            new Color(0x39, 0x3B, 0x79),
            new Color(0xAD, 0x49, 0x4A));
    // Machines sharing a chart: solid, dashed, dotted, dash-dot.
    private static final List<BasicStroke> DASHES = List.of(
            LINE,
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 5f}, 0f),
            new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 5f}, 0f),
            new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 4f, 1f, 4f}, 0f));

    private final Map<String, Color> assigned = new HashMap<>();
    private int next;

    /** The colour of a strategy or machine, stable for this report: the first name asking gets the first colour. */
    public synchronized Paint paint(String name) {
        return assigned.computeIfAbsent(name, n -> PALETTE.get(next++ % PALETTE.size()));
    }

    /** Gives {@code name} (a baseline strategy) the dark reference colour, unless it already has one. */
    public synchronized void reference(String name) {
        assigned.putIfAbsent(name, REFERENCE);
    }

    /** The line of the n-th machine on a chart. */
    static BasicStroke stroke(int machine) {
        return DASHES.get(machine % DASHES.size());
    }

    /** Number labels with a decimal point and thousands commas whatever the JVM's locale. */
    static NumberFormat numbers() {
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Three significant digits, for log-axis ticks that fall between round numbers. */
    static NumberFormat significant() {
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)) {
            private static final long serialVersionUID = 1L;

            @Override
            public StringBuffer format(double number, StringBuffer to, java.text.FieldPosition pos) {
                double rounded = number == 0 || !Double.isFinite(number)
                        ? number
                        : new java.math.BigDecimal(number)
                                .round(new java.math.MathContext(3))
                                .doubleValue();
                return super.format(rounded, to, pos);
            }
        };
    }

    static NumberFormat integers() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    void apply(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getTitle().setFont(TITLE);
        if (!subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(Color.DARK_GRAY);
            chart.addSubtitle(sub);
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
            axis.setTickLabelPaint(Color.DARK_GRAY);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
    }
}
