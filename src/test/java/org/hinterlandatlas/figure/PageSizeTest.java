// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.model.Language;
import org.junit.jupiter.api.Test;

class PageSizeTest {

    @Test
    void a4LandscapeAt300DpiIs3508By2480Pixels() {
        PageSize page = Paper.A4.page(true);
        assertEquals(3508, page.widthPx(300));
        assertEquals(2480, page.heightPx(300));
        assertEquals(841.89, page.widthPt(), 0.01);
        assertEquals(595.28, page.heightPt(), 0.01);
    }

    @Test
    void papersInBothOrientations() {
        assertEquals(new PageSize(297, 420), Paper.A3.page(false));
        assertEquals(new PageSize(420, 297), Paper.A3.page(true));
        PageSize slide = Paper.SLIDE_16_9.page(true);
        assertEquals(16.0 / 9, slide.widthMm() / slide.heightMm(), 0.001);
        assertEquals(1920, slide.widthPx(144));
        assertEquals(1080, slide.heightPx(144));
    }

    @Test
    void paperNamesAndFormatsParse() {
        assertEquals(Optional.of(Paper.A4), Paper.parse("a4"));
        assertEquals(Optional.of(Paper.SLIDE_16_9), Paper.parse("16:9"));
        assertEquals(Optional.of(Paper.CUSTOM), Paper.parse("Custom"));
        assertTrue(Paper.parse("letter").isEmpty());
        assertEquals(Optional.of(FigureFormat.SVG), FigureFormat.ofFileName("map.SVG"));
        assertTrue(FigureFormat.ofFileName("map.jpg").isEmpty());
    }

    @Test
    void outOfRangeSizesAndResolutionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PageSize(10, 100));
        assertThrows(IllegalArgumentException.class, () -> new PageSize(100, 2500));
        assertThrows(IllegalArgumentException.class, () -> new FigureSpec(Paper.A4.page(true), 71,
                FigureFormat.PNG, Language.ZH, "t", Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new FigureSpec(Paper.A4.page(true), 2401,
                FigureFormat.PNG, Language.ZH, "t", Set.of()));
        assertTrue(FigureSpec.validDpi(72));
        assertTrue(FigureSpec.validDpi(2400));
        assertFalse(FigureSpec.validDpi(2401));
    }

    @Test
    void theLayoutStacksTitleBodyAndFooterInsideThePage() {
        PageLayout layout = PageLayout.of(Paper.A4.page(true), true, 2);
        assertTrue(layout.title().getMaxY() <= layout.body().getY());
        assertTrue(layout.body().getMaxY() <= layout.footer().getY());
        assertTrue(layout.footer().getMaxY() <= layout.height());
        assertTrue(layout.footerBaseline(1) <= layout.footer().getMaxY());
        PageLayout bare = PageLayout.of(Paper.A4.page(true), false, 0);
        assertTrue(bare.body().getHeight() > layout.body().getHeight(), "without title and footer the map grows");
    }
}
