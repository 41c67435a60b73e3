// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.CircleUnit;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.CorridorStatus;
import org.hinterlandatlas.model.Membership;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** The data the atlas ships loads, and says what the paper and the 2021 Outline say. */
class ShippedDataTest {

    private final AtlasContent content = ShippedAtlas.atlas().content();

    @Test
    void theCoresAndSecondaryNodesAreThoseOfSection4_2_1() {
        assertEquals(Set.of("chengdu", "chongqing"), idsOf(Tier.CORE));
        assertTrue(idsOf(Tier.SECONDARY).containsAll(Set.of("deyang", "mianyang", "rongchang")));
        for (Place place : content.places()) {
            if (place.tier() == Tier.CORE || place.tier() == Tier.SECONDARY) {
                assertTrue(place.citations().stream().anyMatch(c -> c.sourceId().equals("gong-song-2024")
                        && c.at().contains("四(二)1")), place.id() + " cites §四(二)1");
            }
        }
    }

    @Test
    void everyCircleNodeLiesInAMemberUnit() {
        for (Place place : content.places()) {
            if (place.tier() != Tier.EXTERNAL) {
                CircleUnit unit = content.membership().unit(place.adminCode()).orElseThrow();
                assertTrue(unit.membership() != Membership.NONE, place.id() + " lies in " + unit.name().zh());
            }
        }
    }

    @Test
    void membershipFollowsThe2021Outline() {
        Map<String, Map<Membership, Long>> counts = content.membership().units().stream().collect(
                Collectors.groupingBy(u -> u.code().substring(0, 2),
                        Collectors.groupingBy(CircleUnit::membership, Collectors.counting())));
        assertEquals(27L, counts.get("50").get(Membership.FULL), "Chongqing: 27 districts and counties");
        assertEquals(2L, counts.get("50").get(Membership.PARTIAL), "Chongqing: parts of 开州 and 云阳");
        long sichuanMembers = counts.get("51").get(Membership.FULL) + counts.get("51").get(Membership.PARTIAL);
        assertEquals(15L, sichuanMembers, "Sichuan: 15 cities");
        assertEquals(Membership.PARTIAL, content.membership().unit("510700").orElseThrow().membership(), "绵阳");
        assertEquals(Membership.NONE, content.membership().unit("510400").orElseThrow().membership(), "攀枝花");
        assertEquals(59, content.membership().units().size());
    }

    @Test
    void theRequiredCorridorsAreThereWithTheirStatus() {
        Map<String, Corridor> byName = content.corridors().stream()
                .collect(Collectors.toMap(c -> c.name().zh(), c -> c, (a, b) -> a));
        assertEquals(CorridorStatus.UNDER_CONSTRUCTION, byName.get("成渝中线高铁").status());
        for (String name : new String[] {"成渝高铁", "郑渝高铁", "西成高铁"}) {
            assertEquals(CorridorStatus.OPERATING, byName.get(name).status(), name);
        }
        Set<String> types = content.corridors().stream().map(c -> c.type().name()).collect(Collectors.toSet());
        assertEquals(Set.of("HSR", "WATERWAY", "LAND_SEA", "CHINA_EUROPE"), types);
    }

    @Test
    void theNationalScaleComparesTheFiveClusters() {
        assertEquals(5, content.clusters().size());
        assertTrue(content.regions().stream().filter(r -> r.hinterland()).count() >= 2);
    }

    @Test
    void everyBaseLayerIsPresentInEveryBand() {
        for (ZoomBand band : ZoomBand.values()) {
            for (BaseLayerId layer : BaseLayerId.values()) {
                if (layer.requiredIn(band)) {
                    assertFalse(ShippedAtlas.atlas().baseMap().features(band, layer).isEmpty(), layer + " " + band);
                }
            }
            assertEquals(34, ShippedAtlas.atlas().baseMap().features(band, BaseLayerId.PROVINCES).size());
            assertEquals(59, ShippedAtlas.atlas().baseMap().features(band, BaseLayerId.PREFECTURES).size());
        }
        assertEquals("台湾省", ShippedAtlas.atlas().baseMap().features(ZoomBand.LO, BaseLayerId.PROVINCES).stream()
                .filter(p -> p.property("code").equals("710000")).findFirst().orElseThrow().name().zh());
    }

    @Test
    void theTwoNamedViewsExist() {
        assertTrue(content.view("national").isPresent());
        assertTrue(content.view("circle").isPresent());
    }

    private Set<String> idsOf(Tier tier) {
        return content.places().stream().filter(p -> p.tier() == tier).map(Place::id).collect(Collectors.toSet());
    }
}
