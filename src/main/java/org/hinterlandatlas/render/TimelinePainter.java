// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Phase;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.model.TimelineEvent;
import org.hinterlandatlas.model.YearSpan;
import org.hinterlandatlas.style.MapStyle;

/**
 * The policy timeline: a horizontal axis of years over the span of the events, the phases that fall in it
 * as era bands above, and each event as a marker on the axis — Table 1 rows filled, the paper's other
 * milestones hollow, the selected event ringed. Markers that would touch are stacked below the axis.
 */
public final class TimelinePainter {

    private static final double MARGIN = 14;
    private static final double BAND_HEIGHT = 27;
    private static final double BAND_GAP = 3;
    private static final double MARKER = 6;
    private static final double STACK = 15;
    private static final Color AXIS = new Color(0x55, 0x4d, 0x44);
    private static final Color TABLE1 = new Color(0x8e, 0x24, 0x4a);
    private static final Color[] BANDS = {new Color(0xe8, 0xd9, 0xc0), new Color(0xd9, 0xc6, 0xe6),
        new Color(0xc9, 0xe0, 0xd2), new Color(0xf2, 0xcf, 0xc4)};

    private final MapStyle.Overlay style;
    private final FontSet fonts;

    public TimelinePainter(MapStyle style, FontSet fonts) {
        this.style = style.overlay();
        this.fonts = fonts;
    }

    /** An era band: a phase's span clipped to the axis, in its lane. */
    private record Band(Phase phase, double x1, double x2, int lane) {
    }

    /** An event's marker, where painting and hit-testing agree. */
    private record Marker(TimelineEvent event, double x, double y) {
    }

    private record Layout(double fromYear, double toYear, double axisY, List<Band> bands, List<Marker> markers,
                          double left, double right) {

        double x(double year) {
            return left + (year - fromYear) / (toYear - fromYear) * (right - left);
        }
    }

    private static Layout layout(Story story, double width) {
        double min = story.events().stream().mapToDouble(TimelineEvent::year).min().orElse(2000);
        double max = story.events().stream().mapToDouble(TimelineEvent::year).max().orElse(2001);
        double fromYear = Math.floor(min) - 1;
        double toYear = Math.ceil(max);
        List<Band> bands = new ArrayList<>();
        List<Double> laneEnds = new ArrayList<>();
        Layout frame = new Layout(fromYear, toYear, 0, bands, List.of(), MARGIN, width - MARGIN);
        for (Phase phase : story.phases()) {
            if (phase.years().isEmpty() || !phase.years().get().overlaps(fromYear, toYear)) {
                continue;
            }
            YearSpan span = phase.years().get();
            double x1 = frame.x(Math.max(fromYear, span.from()));
            double x2 = frame.x(Math.min(toYear, span.to() + 1.0));
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > x1 + 0.5) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(x2);
            } else {
                laneEnds.set(lane, x2);
            }
            bands.add(new Band(phase, x1, x2, lane));
        }
        double axisY = MARGIN + Math.max(1, laneEnds.size()) * (BAND_HEIGHT + BAND_GAP) + 14;
        List<Marker> markers = new ArrayList<>();
        List<Marker> placed = new ArrayList<>();
        for (TimelineEvent event : story.events()) {
            double x = frame.x(event.year());
            int row = 0;
            while (touches(placed, x, axisY + row * STACK)) {
                row++;
            }
            Marker marker = new Marker(event, x, axisY + row * STACK);
            placed.add(marker);
            markers.add(marker);
        }
        return new Layout(fromYear, toYear, axisY, bands, markers, MARGIN, width - MARGIN);
    }

    private static boolean touches(List<Marker> placed, double x, double y) {
        return placed.stream().anyMatch(m -> Math.abs(m.y() - y) < 1 && Math.abs(m.x() - x) < 2 * MARKER + 2);
    }

    /** The height the timeline needs at this width. */
    public double preferredHeight(Story story, double width) {
        Layout layout = layout(story, width);
        double lowest = layout.markers().stream().mapToDouble(Marker::y).max().orElse(layout.axisY());
        return Math.max(lowest + MARKER, layout.axisY() + 18) + MARGIN + 18;
    }

    public void paint(Graphics2D g, double width, double height, Story story, Language language, String selectedId) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Layout layout = layout(story, width);
        paintBands(g, layout, language);
        paintAxis(g, layout);
        Marker selected = null;
        for (Marker marker : layout.markers()) {
            if (marker.y() > layout.axisY()) {
                g.setColor(AXIS);
                g.setStroke(new BasicStroke(1f));
                g.draw(new Line2D.Double(marker.x(), layout.axisY(), marker.x(), marker.y()));
            }
        }
        for (Marker marker : layout.markers()) {
            Ellipse2D dot = new Ellipse2D.Double(marker.x() - MARKER, marker.y() - MARKER, 2 * MARKER, 2 * MARKER);
            if (marker.event().id().equals(selectedId)) {
                selected = marker;
                g.setColor(style.highlight().color());
                g.fill(new Ellipse2D.Double(marker.x() - MARKER - 4, marker.y() - MARKER - 4, 2 * MARKER + 8,
                        2 * MARKER + 8));
            }
            g.setColor(marker.event().table1() ? TABLE1 : Color.WHITE);
            g.fill(dot);
            g.setColor(TABLE1);
            g.setStroke(new BasicStroke(1.8f));
            g.draw(dot);
        }
        if (selected != null) {
            Font font = fonts.font(11.5f, true);
            g.setFont(font);
            String text = selected.event().time().get(language);
            FontMetrics metrics = g.getFontMetrics();
            double lowest = layout.markers().stream().mapToDouble(Marker::y).max().orElse(layout.axisY());
            double x = Math.max(MARGIN, Math.min(width - MARGIN - metrics.stringWidth(text),
                    selected.x() - metrics.stringWidth(text) / 2.0));
            g.setColor(AXIS);
            g.drawString(text, (float) x, (float) (lowest + MARKER + 4 + metrics.getAscent()));
        }
    }

    private void paintBands(Graphics2D g, Layout layout, Language language) {
        Font font = fonts.font(10.5f, false);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int colour = 0;
        FontMetrics smaller = g.getFontMetrics(fonts.font(9.5f, false));
        for (Band band : layout.bands()) {
            double y = MARGIN + band.lane() * (BAND_HEIGHT + BAND_GAP);
            g.setColor(BANDS[colour++ % BANDS.length]);
            g.fill(new RoundRectangle2D.Double(band.x1(), y, band.x2() - band.x1(), BAND_HEIGHT, 6, 6));
            String title = band.phase().title().get(language);
            List<String> lines = wrap(title, band.x2() - band.x1() - 8, metrics);
            // a title too long for a narrow band at its size tries a step smaller before it is shortened (the
            // view's tooltip gives it in full)
            if (lines.get(lines.size() - 1).endsWith("…")) {
                List<String> small = wrap(title, band.x2() - band.x1() - 8, smaller);
                if (!small.get(small.size() - 1).endsWith("…")) {
                    lines = small;
                    g.setFont(smaller.getFont());
                }
            }
            FontMetrics used = g.getFontMetrics();
            g.setColor(AXIS);
            double lineHeight = used.getAscent() + 1;
            double top = y + (BAND_HEIGHT - lines.size() * lineHeight) / 2 + used.getAscent() - 1;
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), (float) (band.x1() + 4), (float) (top + i * lineHeight));
            }
            g.setFont(font);
        }
    }

    private void paintAxis(Graphics2D g, Layout layout) {
        g.setColor(AXIS);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(new Line2D.Double(layout.left(), layout.axisY(), layout.right(), layout.axisY()));
        Font font = fonts.font(10f, false);
        g.setFont(font);
        for (int year = (int) layout.fromYear(); year <= layout.toYear(); year++) {
            double x = layout.x(year);
            g.draw(new Line2D.Double(x, layout.axisY() - 4, x, layout.axisY() + 4));
            String text = String.valueOf(year);
            if (year < layout.toYear()) {
                g.drawString(text, (float) (x + 2), (float) (layout.axisY() - 6));
            }
        }
        g.setStroke(new BasicStroke(1f));
    }

    /** The phase whose era band is under (x, y), in a timeline of this width. */
    public Optional<Phase> phaseAt(Story story, double width, double x, double y) {
        for (Band band : layout(story, width).bands()) {
            double top = MARGIN + band.lane() * (BAND_HEIGHT + BAND_GAP);
            if (x >= band.x1() && x <= band.x2() && y >= top && y <= top + BAND_HEIGHT) {
                return Optional.of(band.phase());
            }
        }
        return Optional.empty();
    }

    /** The event whose marker is under (x, y), in a timeline of this width. */
    public Optional<TimelineEvent> eventAt(Story story, double width, double x, double y) {
        TimelineEvent best = null;
        double bestDistance = MARKER + 4;
        for (Marker marker : layout(story, width).markers()) {
            double distance = Math.hypot(marker.x() - x, marker.y() - y);
            if (distance <= bestDistance) {
                best = marker.event();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Breaks a band's title into at most two lines that fit its width — at a space or after a dash in
     * English, anywhere in Chinese — and shortens the second with an ellipsis if it still does not fit.
     */
    private static List<String> wrap(String text, double width, FontMetrics metrics) {
        if (metrics.stringWidth(text) <= width) {
            return List.of(text);
        }
        int cut = text.length();
        while (cut > 1 && metrics.stringWidth(text.substring(0, cut)) > width) {
            cut--;
        }
        int space = text.lastIndexOf(' ', cut);
        int dash = text.lastIndexOf('–', cut - 1);
        if (Math.max(space, dash) > 0) {
            cut = space > dash ? space : dash + 1;
        }
        return List.of(text.substring(0, cut).strip(), fit(text.substring(cut).strip(), width, metrics));
    }

    private static String fit(String text, double width, FontMetrics metrics) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && metrics.stringWidth(shortened + "…") > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened.isEmpty() ? "" : shortened + "…";
    }
}
