package dev.benchproof.report.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * One SVG chart, 640 px wide: a title, a plot area with a linear x axis and either a linear y axis
 * or labelled rows, marks drawn in data coordinates, and an optional legend.
 *
 * <p>Why our own and not a charting library: see the README ("Plots"). Layout never asks a font for
 * its metrics (label widths are estimated from character counts), so the bytes depend only on the
 * data, not on the fonts or the JDK of the machine. Every chart carries {@code <title>} and
 * {@code <desc>} and names them in {@code aria-labelledby}, so a screen reader announces it.
 * No {@code xmlns}: inline SVG in HTML needs none, and the page then holds no URL at all.
 */
public final class Chart {

    public static final int WIDTH = 640;
    private static final int TOP = 44;
    private static final int RIGHT = 24;
    private static final int BOTTOM = 56;
    private static final int ROW_HEIGHT = 34;
    private static final int LABEL_BAND = 34; // room for two rule labels above the first row
    private static final double CHAR_WIDTH = 7.0; // at 12 px sans-serif, a generous average

    private final String id;
    private final String title;
    private final String description;
    private final NiceTicks x;
    private final String xLabel;
    private final NiceTicks y;
    private final String yLabel;
    private final List<String> rows;
    private final int height;
    private final int left;
    private final StringBuilder marks = new StringBuilder();
    private final List<String[]> legend = new ArrayList<>();

    private Chart(String id, String title, String description, NiceTicks x, String xLabel, NiceTicks y, String yLabel,
                  List<String> rows, int height) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.x = x;
        this.xLabel = xLabel;
        this.y = y;
        this.yLabel = yLabel;
        this.rows = List.copyOf(rows);
        this.height = height;
        int longest = rows.stream().mapToInt(String::length).max().orElse(0);
        this.left = y != null ? 72 : Math.max(72, (int) Math.ceil(longest * CHAR_WIDTH) + 20);
    }

    /** A chart with linear axes (e.g. an ECDF: reward against cumulative fraction). */
    public static Chart xy(String id, String title, String description, NiceTicks x, String xLabel, NiceTicks y,
                           String yLabel, int height) {
        return new Chart(id, title, description, x, xLabel, y, yLabel, List.of(), height);
    }

    /** A chart whose vertical axis is a list of labelled rows (intervals, one per row, top to bottom). */
    public static Chart rows(String id, String title, String description, NiceTicks x, String xLabel, List<String> rows) {
        return new Chart(id, title, description, x, xLabel, null, null, rows, TOP + BOTTOM + LABEL_BAND + 8 + ROW_HEIGHT * rows.size());
    }

    private double px(double value) {
        return left + (value - x.low()) / (x.high() - x.low()) * (WIDTH - left - RIGHT);
    }

    private double py(double value) {
        return TOP + (1 - (value - y.low()) / (y.high() - y.low())) * plotHeight();
    }

    private double rowY(int row) {
        return TOP + LABEL_BAND + ROW_HEIGHT * (row + 0.5);
    }

    private int plotHeight() {
        return height - TOP - BOTTOM;
    }

    private static String c(double v) {
        return SvgNumbers.coordinate(v);
    }

    /** Which side of a vertical rule its label goes, when there is room there. */
    public enum LabelSide { LEFT, RIGHT }

    /**
     * A full-height vertical line at {@code value} (a threshold, zero), labelled inside the plot area
     * on text line {@code labelLine} (0 or 1) on the preferred side of the line, or on the other side
     * when the preferred one has no room: two close rules then keep their labels apart.
     */
    public Chart verticalRule(double value, String colour, boolean dashed, String label, int labelLine, LabelSide side) {
        double at = px(value);
        marks.append("<line x1=\"").append(c(at)).append("\" y1=\"").append(TOP).append("\" x2=\"").append(c(at))
                .append("\" y2=\"").append(TOP + plotHeight()).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"1.5\"").append(dashed ? " stroke-dasharray=\"5 4\"" : "").append("/>\n");
        if (!label.isEmpty()) {
            double width = label.length() * CHAR_WIDTH + 4;
            boolean roomLeft = at - left >= width;
            boolean roomRight = WIDTH - RIGHT - at >= width;
            boolean leftOfLine = side == LabelSide.LEFT ? roomLeft || !roomRight : !roomRight && roomLeft;
            marks.append("<text x=\"").append(c(leftOfLine ? at - 4 : at + 4)).append("\" y=\"").append(TOP + 14 + 14 * labelLine)
                    .append("\" fill=\"").append(colour).append("\"").append(leftOfLine ? " text-anchor=\"end\"" : "")
                    .append(">").append(Xml.escape(label)).append("</text>\n");
        }
        return this;
    }

    /** An interval from {@code low} to {@code high} on a row, with end caps and a dot at {@code point}. */
    public Chart interval(int row, double low, double high, double point, String colour) {
        double yy = rowY(row);
        marks.append("<line x1=\"").append(c(px(low))).append("\" y1=\"").append(c(yy)).append("\" x2=\"")
                .append(c(px(high))).append("\" y2=\"").append(c(yy)).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"3\"/>\n");
        for (double end : new double[] {low, high}) {
            marks.append("<line x1=\"").append(c(px(end))).append("\" y1=\"").append(c(yy - 7)).append("\" x2=\"")
                    .append(c(px(end))).append("\" y2=\"").append(c(yy + 7)).append("\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\"/>\n");
        }
        return point(row, point, colour);
    }

    /** A one-sided bound: a thin line from {@code from} to a cap at {@code bound}. */
    public Chart bound(int row, double from, double bound, String colour) {
        double yy = rowY(row);
        marks.append("<line x1=\"").append(c(px(from))).append("\" y1=\"").append(c(yy)).append("\" x2=\"")
                .append(c(px(bound))).append("\" y2=\"").append(c(yy)).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"3\"/>\n");
        marks.append("<line x1=\"").append(c(px(bound))).append("\" y1=\"").append(c(yy - 7)).append("\" x2=\"")
                .append(c(px(bound))).append("\" y2=\"").append(c(yy + 7)).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2\"/>\n");
        return this;
    }

    /** A dot on a row. */
    public Chart point(int row, double value, String colour) {
        marks.append("<circle cx=\"").append(c(px(value))).append("\" cy=\"").append(c(rowY(row)))
                .append("\" r=\"5\" fill=\"").append(colour).append("\"/>\n");
        return this;
    }

    /** A polyline through {@code (xs[i], ys[i])}, ascending in x (e.g. a performance profile on its grid). */
    public Chart line(double[] xs, double[] ys, String colour, boolean dashed, String legendLabel) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            d.append(i == 0 ? 'M' : 'L').append(c(px(xs[i]))).append(' ').append(c(py(ys[i])));
        }
        marks.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2\"").append(dashed ? " stroke-dasharray=\"6 3\"" : "").append("/>\n");
        legend.add(new String[] {colour, dashed ? "6 3" : "", legendLabel});
        return this;
    }

    /** A translucent band between {@code lows[i]} and {@code highs[i]} over {@code xs[i]} (an interval per point). */
    public Chart band(double[] xs, double[] lows, double[] highs, String colour) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            d.append(i == 0 ? 'M' : 'L').append(c(px(xs[i]))).append(' ').append(c(py(lows[i])));
        }
        for (int i = xs.length - 1; i >= 0; i--) {
            d.append('L').append(c(px(xs[i]))).append(' ').append(c(py(highs[i])));
        }
        marks.append("<path d=\"").append(d).append("Z\" fill=\"").append(colour)
                .append("\" fill-opacity=\"0.15\" stroke=\"none\"/>\n");
        return this;
    }

    /**
     * A right-continuous step function through {@code (xs[i], ys[i])}, ascending in x: flat at
     * {@code ys[i - 1]} up to {@code xs[i]}, then up to {@code ys[i]}; from the axis start at
     * {@code startY} to the axis end. The ECDF of a sample is this with {@code ys[i] = (i + 1) / n}.
     */
    public Chart steps(double[] xs, double[] ys, double startY, String colour, boolean dashed, String legendLabel) {
        StringBuilder d = new StringBuilder();
        d.append('M').append(c(px(x.low()))).append(' ').append(c(py(startY)));
        for (int i = 0; i < xs.length; i++) {
            d.append('H').append(c(px(xs[i]))).append('V').append(c(py(ys[i])));
        }
        d.append('H').append(c(px(x.high())));
        marks.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2\"").append(dashed ? " stroke-dasharray=\"6 3\"" : "").append("/>\n");
        legend.add(new String[] {colour, dashed ? "6 3" : "", legendLabel});
        return this;
    }

    public String toSvg() {
        StringBuilder b = new StringBuilder(4096 + marks.length());
        b.append("<svg width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" font-family=\"sans-serif\" font-size=\"12\">\n");
        b.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title)).append("</title>\n");
        b.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(description)).append("</desc>\n");
        b.append("<rect width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" fill=\"#ffffff\"/>\n");
        b.append("<text x=\"").append(WIDTH / 2).append("\" y=\"22\" text-anchor=\"middle\" font-size=\"15\""
                + " font-weight=\"bold\" fill=\"#222222\">").append(Xml.escape(title)).append("</text>\n");
        axes(b);
        b.append(marks);
        legend(b);
        b.append("</svg>\n");
        return b.toString();
    }

    private void axes(StringBuilder b) {
        int bottom = TOP + plotHeight();
        b.append("<g stroke=\"#dddddd\" stroke-width=\"1\">\n");
        for (NiceTicks.Tick t : x.ticks()) {
            b.append("<line x1=\"").append(c(px(t.value()))).append("\" y1=\"").append(TOP).append("\" x2=\"")
                    .append(c(px(t.value()))).append("\" y2=\"").append(bottom).append("\"/>\n");
        }
        if (y != null) {
            for (NiceTicks.Tick t : y.ticks()) {
                b.append("<line x1=\"").append(left).append("\" y1=\"").append(c(py(t.value()))).append("\" x2=\"")
                        .append(WIDTH - RIGHT).append("\" y2=\"").append(c(py(t.value()))).append("\"/>\n");
            }
        }
        b.append("</g>\n");
        b.append("<g fill=\"#333333\">\n");
        for (NiceTicks.Tick t : x.ticks()) {
            b.append("<text x=\"").append(c(px(t.value()))).append("\" y=\"").append(bottom + 16)
                    .append("\" text-anchor=\"middle\">").append(Xml.escape(t.label())).append("</text>\n");
        }
        if (y != null) {
            for (NiceTicks.Tick t : y.ticks()) {
                b.append("<text x=\"").append(left - 6).append("\" y=\"").append(c(py(t.value()) + 4))
                        .append("\" text-anchor=\"end\">").append(Xml.escape(t.label())).append("</text>\n");
            }
        } else {
            for (int i = 0; i < rows.size(); i++) {
                b.append("<text x=\"").append(left - 10).append("\" y=\"").append(c(rowY(i) + 4))
                        .append("\" text-anchor=\"end\">").append(Xml.escape(rows.get(i))).append("</text>\n");
            }
        }
        b.append("</g>\n");
        b.append("<path d=\"M").append(left).append(' ').append(TOP).append('V').append(bottom).append('H')
                .append(WIDTH - RIGHT).append("\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1\"/>\n");
        b.append("<text x=\"").append(c((left + WIDTH - RIGHT) / 2.0)).append("\" y=\"").append(height - 12)
                .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#222222\">").append(Xml.escape(xLabel))
                .append("</text>\n");
        if (y != null) {
            double middle = TOP + plotHeight() / 2.0;
            b.append("<text x=\"16\" y=\"").append(c(middle)).append("\" text-anchor=\"middle\" font-size=\"13\""
                    + " fill=\"#222222\" transform=\"rotate(-90 16 ").append(c(middle)).append(")\">")
                    .append(Xml.escape(yLabel)).append("</text>\n");
        }
    }

    /** Legend entries in the lower right of the plot area, where an ECDF is near 1 only at the far right. */
    private void legend(StringBuilder b) {
        if (legend.isEmpty()) {
            return;
        }
        double lineY = TOP + plotHeight() - 16.0 * legend.size() - 4;
        int longest = legend.stream().mapToInt(e -> e[2].length()).max().orElse(0);
        double x0 = WIDTH - RIGHT - 12 - 30 - longest * CHAR_WIDTH;
        b.append("<rect x=\"").append(c(x0 - 8)).append("\" y=\"").append(c(lineY - 12)).append("\" width=\"")
                .append(c(longest * CHAR_WIDTH + 46)).append("\" height=\"").append(16 * legend.size() + 8)
                .append("\" fill=\"#ffffff\" stroke=\"#cccccc\"/>\n");
        for (String[] entry : legend) {
            b.append("<line x1=\"").append(c(x0)).append("\" y1=\"").append(c(lineY)).append("\" x2=\"")
                    .append(c(x0 + 24)).append("\" y2=\"").append(c(lineY)).append("\" stroke=\"").append(entry[0])
                    .append("\" stroke-width=\"2\"").append(entry[1].isEmpty() ? "" : " stroke-dasharray=\"" + entry[1] + "\"")
                    .append("/>\n");
            b.append("<text x=\"").append(c(x0 + 30)).append("\" y=\"").append(c(lineY + 4)).append("\" fill=\"#222222\">")
                    .append(Xml.escape(entry[2])).append("</text>\n");
            lineY += 16;
        }
    }
}
