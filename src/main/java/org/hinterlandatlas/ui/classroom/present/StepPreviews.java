// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.figure.FigureWords;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.MapBody;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.task.BackgroundExecutors;
import org.hinterlandatlas.words.Messages;

/**
 * Small pictures of a step's map for the presenter's window, painted as a figure's map is — by the window's
 * painter, with the step's layers, highlights, labels and ink — off the JavaFX thread, so that paging on
 * the projector never waits for the presenter's screen.
 */
public final class StepPreviews {

    /**
     * One thread for every window's pictures (a window rebuilt in another language shares it): a step's and
     * the next one's come one after the other, and no more than one core is taken from the map's tiles.
     */
    private static final Executor EXECUTOR = BackgroundExecutors.fixed("step-previews", 1);

    private final MapPainter painter;
    private final LegendPainter legendPainter;
    private final Atlas atlas;
    private final Messages messages;

    public StepPreviews(MapPainter painter, LegendPainter legendPainter, Atlas atlas, Messages messages) {
        this.painter = painter;
        this.legendPainter = legendPainter;
        this.atlas = atlas;
        this.messages = messages;
    }

    /**
     * The step's map, {@code width} × {@code height} CSS pixels, drawn at the screen's {@code scale}; none
     * (null) if it is no longer {@code wanted} when its turn comes, as when the teacher paged on meanwhile.
     */
    public CompletableFuture<Image> render(MapState state, List<Annotation> ink, double width, double height,
                                           double scale, BooleanSupplier wanted) {
        return CompletableFuture.supplyAsync(() -> wanted.getAsBoolean()
                ? SwingFXUtils.toFXImage(paint(state, ink, width, height, scale), null) : null, EXECUTOR);
    }

    private BufferedImage paint(MapState state, List<Annotation> ink, double width, double height, double scale) {
        // the map alone: a preview has no room for a legend, and the projector shows the legend card
        MapBody body = new MapBody(painter, legendPainter, atlas.content(), atlas.baseMap(), state,
                messages.language(), EnumSet.noneOf(Furniture.class), FigureWords.of(messages)).withInk(ink);
        BufferedImage image = new BufferedImage(Math.max(1, (int) Math.round(width * scale)),
                Math.max(1, (int) Math.round(height * scale)), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            body.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }
}
