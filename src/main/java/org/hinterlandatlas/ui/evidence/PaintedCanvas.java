// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import java.awt.Graphics2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;

/**
 * A canvas that fills its region and is repainted by a Graphics2D painter whenever it is resized or asked
 * to: how the evidence shows the same drawings that figures export.
 */
final class PaintedCanvas extends Region {

    /** Paints the whole surface of the given size. */
    interface Painting {
        void paint(Graphics2D g, double width, double height);
    }

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
    private final Painting painting;

    PaintedCanvas(Painting painting, double prefWidth, double prefHeight) {
        this.painting = painting;
        getChildren().add(canvas);
        setPrefSize(prefWidth, prefHeight);
        setMinSize(200, 160);
    }

    void repaint() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        if (width > 0 && height > 0) {
            canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
            painting.paint(graphics, width, height);
        }
    }

    @Override
    protected void layoutChildren() {
        double width = Math.floor(getWidth());
        double height = Math.floor(getHeight());
        if (width != canvas.getWidth() || height != canvas.getHeight()) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            repaint();
        }
    }
}
