// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.EnumSet;
import java.util.List;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapState;
import org.junit.jupiter.api.Test;

/** The map keeps most of every page, and always shows the whole area of its state. */
class MapBodyTest {

    private static final List<PageSize> PAGES = List.of(Paper.A4.page(true), Paper.A4.page(false),
            Paper.A3.page(true), Paper.SLIDE_16_9.page(true), new PageSize(120, 90), new PageSize(60, 140));

    @Test
    void theLegendPanelLeavesAtLeastSeventyPercentToTheMap() {
        for (String view : List.of("circle", "national")) {
            for (PageSize page : PAGES) {
                Figure figure = Figures.figure(view, FigureFormat.PDF, page, 300, Language.EN,
                        EnumSet.allOf(Furniture.class));
                Rectangle2D body = Figures.pagePainter().layout(figure).body();
                double width = body.getWidth() * PagePainter.PX_PER_PT;
                double height = body.getHeight() * PagePainter.PX_PER_PT;
                Rectangle2D map = ((MapBody) figure.body()).mapArea(width, height);
                double share = map.getWidth() * map.getHeight() / (width * height);
                assertTrue(share >= 0.699, view + " on " + page + ": the map keeps " + share);
            }
        }
    }

    @Test
    void theViewportShowsTheWholeStateAreaOnEveryPage() {
        MapState circle = Figures.state("circle");
        for (PageSize page : PAGES) {
            Figure figure = Figures.figure("circle", FigureFormat.SVG, page, 300, Language.ZH,
                    EnumSet.allOf(Furniture.class));
            MapBody body = (MapBody) figure.body();
            Rectangle2D area = body.mapArea(800, 600);
            Viewport viewport = body.viewport(area.getWidth(), area.getHeight());
            double west = viewport.screenX(WebMercator.worldX(circle.southWest().lon()));
            double east = viewport.screenX(WebMercator.worldX(circle.northEast().lon()));
            double north = viewport.screenY(WebMercator.worldY(circle.northEast().lat()));
            double south = viewport.screenY(WebMercator.worldY(circle.southWest().lat()));
            assertTrue(west >= -1e-6 && east <= area.getWidth() + 1e-6, page + ": " + west + ".." + east);
            assertTrue(north >= -1e-6 && south <= area.getHeight() + 1e-6, page + ": " + north + ".." + south);
            boolean fillsWidth = Math.abs(east - west - area.getWidth()) < 1e-6;
            boolean fillsHeight = Math.abs(south - north - area.getHeight()) < 1e-6;
            assertTrue(fillsWidth || fillsHeight, "as large as the area allows");
        }
    }

    @Test
    void theRecordedFrameGeoreferencesTheFigure() {
        MapState circle = Figures.state("circle");
        GeoPoint chengdu = new GeoPoint(104.06667, 30.66667);
        for (PageSize page : PAGES) {
            Figure figure = Figures.figure("circle", FigureFormat.PDF, page, 300, Language.EN,
                    EnumSet.allOf(Furniture.class));
            FigureFrame frame = figure.state().orElseThrow().frame().orElseThrow();
            Rectangle2D body = Figures.pagePainter().layout(figure).body();
            // the map lies within the page's body, and the extent shown holds the area asked for
            assertTrue(body.getWidth() + 1e-3 >= frame.mapOnPage().getWidth()
                    && frame.mapOnPage().getX() >= body.getX() - 1e-3, page + ": " + frame.mapOnPage());
            assertTrue(frame.southWest().lon() <= circle.southWest().lon() + 1e-9
                    && frame.northEast().lon() >= circle.northEast().lon() - 1e-9
                    && frame.southWest().lat() <= circle.southWest().lat() + 1e-9
                    && frame.northEast().lat() >= circle.northEast().lat() - 1e-9, page + ": the extent is padded");
            // from the record alone, Web Mercator puts Chengdu where the painter drew it
            double fx = (WebMercator.worldX(chengdu.lon()) - WebMercator.worldX(frame.southWest().lon()))
                    / (WebMercator.worldX(frame.northEast().lon()) - WebMercator.worldX(frame.southWest().lon()));
            double fy = (WebMercator.worldY(chengdu.lat()) - WebMercator.worldY(frame.northEast().lat()))
                    / (WebMercator.worldY(frame.southWest().lat()) - WebMercator.worldY(frame.northEast().lat()));
            double fromRecordX = frame.mapOnPage().getX() + fx * frame.mapOnPage().getWidth();
            double fromRecordY = frame.mapOnPage().getY() + fy * frame.mapOnPage().getHeight();
            MapBody map = (MapBody) figure.body();
            double width = body.getWidth() * PagePainter.PX_PER_PT;
            double height = body.getHeight() * PagePainter.PX_PER_PT;
            Rectangle2D area = map.mapArea(width, height);
            Viewport viewport = map.viewport(area.getWidth(), area.getHeight());
            double drawnX = body.getX() + (area.getX() + viewport.screenX(WebMercator.worldX(chengdu.lon())))
                    / PagePainter.PX_PER_PT;
            double drawnY = body.getY() + (area.getY() + viewport.screenY(WebMercator.worldY(chengdu.lat())))
                    / PagePainter.PX_PER_PT;
            assertEquals(drawnX, fromRecordX, 0.01, page + ": x in points");
            assertEquals(drawnY, fromRecordY, 0.01, page + ": y in points");
        }
    }
}
