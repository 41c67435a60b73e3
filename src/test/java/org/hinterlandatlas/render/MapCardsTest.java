// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.List;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** The legend and details cards stand on the map clear of the furniture, of each other and of every label. */
class MapCardsTest {

    private final Atlas atlas = ShippedAtlas.atlas();
    private final MapPainter painter = ShippedAtlas.painter();

    @Test
    void cardsStandClearOfFurnitureLabelsAndEachOther() {
        for (String view : List.of("circle", "national")) {
            MapState state = MapState.of(atlas.content().view(view).orElseThrow());
            Viewport viewport = Viewport.fitting(state.southWest().lon(), state.southWest().lat(),
                    state.northEast().lon(), state.northEast().lat(), 1280, 744, 24);
            MapFrame frame = MapFrame.of(viewport, EnumSet.allOf(MapFrame.Part.class)).withBottomStrip(44);
            OverlayScene scene = new OverlayScene(atlas.content(), atlas.baseMap(), state.layers(), Language.EN,
                    state.highlighted());
            MapCard details = new MapCard.Details("details", "Western Land–Sea New Corridor, western main route: "
                    + "Chengdu–Luzhou–Baise–Beibu Gulf", "Corridor", "西部陆海新通道",
                    List.of(new MapCard.Details.Row("Type", "Land–sea trade corridor"),
                            new MapCard.Details.Row("Status", "Operating")));
            ResolvedScene resolved = painter.resolve(scene, viewport, frame, drawn -> List.of(
                    new MapCard.Legend("legend", "Legend", Legend.compact(drawn), key -> key), details));
            List<PlacedCard> cards = resolved.cards();
            assertEquals(2, cards.size(), view);
            assertFalse(cards.get(0).box().intersects(cards.get(1).box()), view + ": the cards overlap");
            for (PlacedCard card : cards) {
                assertTrue(new Rectangle2D.Double(0, 0, 1280, 744).contains(card.box()), view + ": off the map");
                assertTrue(card.box().contains(card.closeBox()), view + ": the close box is outside its card");
                assertEquals(card, resolved.closeBoxAt(card.closeBox().getCenterX(), card.closeBox().getCenterY())
                        .orElseThrow());
                for (Rectangle2D furniture : frame.reserved()) {
                    assertFalse(card.box().intersects(furniture), view + ": " + card.card().id() + " on the furniture");
                }
                for (PlacedLabel label : resolved.labels()) {
                    assertFalse(card.box().intersects(label.bounds()), view + ": " + label.key() + " under a card");
                }
            }
            // and the painter draws them without fault, over the rest
            BufferedImage image = new BufferedImage(1280, 744, BufferedImage.TYPE_INT_ARGB);
            painter.paintOverlay(image.createGraphics(), resolved);
            painter.paintCards(image.createGraphics(), resolved);
            Rectangle2D legend = cards.get(0).box();
            int inside = image.getRGB((int) legend.getCenterX(), (int) legend.getMaxY() - 3);
            assertTrue((inside >>> 24) > 200, view + ": the legend card is painted opaque");
        }
    }
}
