// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** What goes to the printer: the figure page at 300 DPI, filling the printable area. */
class FigurePrinterTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void thePrintedPageIsA300DpiImageOfThePrintableArea() {
        MapViewModel model = new MapViewModel(ShippedAtlas.atlas(), Language.ZH);
        model.show(ShippedAtlas.atlas().content().mapState("circle").orElseThrow(), false);
        FigureSource source = new FigureSource(model, ShippedAtlas.painter(),
                new LegendPainter(ShippedAtlas.style(), ShippedAtlas.fonts()));
        FigurePrinter printer = new FigurePrinter(source, Messages.of(Language.ZH));
        // A4 portrait with 0.5 inch margins: 523 × 770 points printable.
        ImageView page = printer.page(523, 770);
        Image image = page.getImage();
        assertEquals(523, page.getFitWidth());
        assertEquals(770, page.getFitHeight());
        assertEquals(Math.round(523 / 72.0 * 300), Math.round(image.getWidth()), 1);
        assertEquals(Math.round(770 / 72.0 * 300), Math.round(image.getHeight()), 1);
        int white = 0xffffffff;
        int centre = image.getPixelReader().getArgb((int) image.getWidth() / 2, (int) image.getHeight() / 3);
        assertTrue(centre != white, "the map is painted on the page");
    }
}
