// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.pack;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.hinterlandatlas.figure.MapBody;
import org.hinterlandatlas.figure.PageBody;
import org.hinterlandatlas.render.FontSet;

/** One step of a lesson on its page: the step's map figure above, the teacher's notes below it. */
final class StepBody implements PageBody {

    /** The part of the body the map takes; the notes have the rest. */
    static final double MAP_SHARE = 0.66;
    private static final double PAD = 18;
    private static final Color RULE = new Color(0x7d7263);

    private final MapBody map;
    private final FontSet fonts;
    private final String notesHeading;
    private final String notes;

    StepBody(MapBody map, FontSet fonts, String notesHeading, String notes) {
        this.map = map;
        this.fonts = fonts;
        this.notesHeading = notesHeading;
        this.notes = notes;
    }

    /** Where the map lies in a body of this size. */
    static Rectangle2D mapArea(double width, double height, boolean withNotes) {
        return new Rectangle2D.Double(0, 0, width, withNotes ? height * MAP_SHARE : height);
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        boolean withNotes = !notes.isBlank();
        Rectangle2D area = mapArea(width, height, withNotes);
        AffineTransform transform = g.getTransform();
        Shape clip = g.getClip();
        g.clip(area);
        map.paint(g, area.getWidth(), area.getHeight());
        g.setTransform(transform);
        g.setClip(clip);
        if (!withNotes) {
            return;
        }
        g.setColor(RULE);
        g.draw(new Line2D.Double(0, area.getMaxY(), width, area.getMaxY()));
        double top = area.getMaxY() + PAD;
        TextBlock.paint(g, fonts, List.of(new TextBlock.Paragraph(notesHeading, 15, true),
                new TextBlock.Paragraph(notes, 13, false)), PAD, top, width - 2 * PAD, height - top - PAD / 2);
    }
}
