// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** The story's historic sites: on their own layer, spread around a shared city, shown by the phase. */
class HistoricSitesTest {

    private final AtlasContent content = ShippedAtlas.atlas().content();
    private final Viewport view = Viewport.fitting(100.6, 25.6, 110.0, 32.4, 1000, 700, 24);
    private final HitTester hitTester = new HitTester(ShippedAtlas.style());

    private OverlayScene scene(Set<MapLayerId> layers, Set<FeatureRef> highlighted) {
        return new OverlayScene(content, ShippedAtlas.atlas().baseMap(), layers, Language.ZH, highlighted);
    }

    private List<Place> sitesAt(String cityId) {
        Place city = content.place(cityId).orElseThrow();
        List<Place> sites = new ArrayList<>();
        for (Place place : content.places()) {
            if (place.role() == PlaceRole.HISTORIC_SITE && place.location().equals(city.location())) {
                sites.add(place);
            }
        }
        return sites;
    }

    private ResolvedScene resolve(OverlayScene scene) {
        return ShippedAtlas.painter().resolve(scene, view, MapFrame.of(view, Set.of()));
    }

    @Test
    void sitesSharingACityStandOnARingAroundItAndEachCanBeClicked() {
        Place chongqing = content.place("chongqing").orElseThrow();
        double cx = view.screenX(WebMercator.worldX(chongqing.location().lon()));
        double cy = view.screenY(WebMercator.worldY(chongqing.location().lat()));
        List<Place> sites = sitesAt("chongqing");
        assertEquals(3, sites.size());
        OverlayScene scene = scene(EnumSet.of(MapLayerId.NODES, MapLayerId.HISTORY), Set.of());
        List<Point2D> positions = new ArrayList<>();
        for (Place site : sites) {
            Point2D at = NodePositions.screen(content, site, view);
            assertEquals(NodePositions.RING, at.distance(cx, cy), 1e-9, site.id());
            double siteExtent = NodeSymbols.extent(site.role(), ShippedAtlas.style().overlay().historicSite().radius());
            positions.forEach(other -> assertTrue(other.distance(at) > 2 * siteExtent, site.id() + " overlaps"));
            // the right of the city is left free for the city's own name
            assertTrue(at.getX() - cx < NodePositions.RING * 0.2, site.id() + " stands on the city's right");
            positions.add(at);
            assertEquals(Optional.of(new FeatureRef(FeatureRef.Kind.PLACE, site.id())),
                    hitTester.hit(resolve(scene), at.getX(), at.getY()), site.id());
        }
        // the city itself is still hit at its centre
        assertEquals(Optional.of(new FeatureRef(FeatureRef.Kind.PLACE, "chongqing")), hitTester.hit(resolve(scene), cx, cy));
    }

    @Test
    void sitesAreOnlyOnTheHistoryLayerAndAPhaseShowsOnlyItsOwn() {
        Place kunming = content.place("kunming").orElseThrow();
        Point2D at = NodePositions.screen(content, kunming, view);
        FeatureRef kunmingRef = new FeatureRef(FeatureRef.Kind.PLACE, "kunming");
        assertEquals(Optional.empty(), hitTester.hit(resolve(scene(MapLayerId.defaults(), Set.of())), at.getX(), at.getY()));
        assertEquals(Optional.of(kunmingRef),
                hitTester.hit(resolve(scene(EnumSet.of(MapLayerId.HISTORY), Set.of())), at.getX(), at.getY()));
        Set<FeatureRef> thirdFront = content.story().phase("phase-third-front").orElseThrow().state().highlighted();
        assertEquals(Optional.empty(),
                hitTester.hit(resolve(scene(EnumSet.of(MapLayerId.HISTORY), thirdFront)), at.getX(), at.getY()));
    }
}
