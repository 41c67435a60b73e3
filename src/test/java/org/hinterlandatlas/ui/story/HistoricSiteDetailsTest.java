// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.details.FeatureDetails;
import org.hinterlandatlas.ui.details.FeatureDetailsFactory;
import org.junit.jupiter.api.Test;

/** A Third Front plant's details say what it is and how roughly it is placed, with its sources. */
class HistoricSiteDetailsTest {

    @Test
    void aPlantPlacedAtItsCitySaysSoAndHasNoRankInTodaysNetwork() {
        FeatureDetails plant = new FeatureDetailsFactory(ShippedAtlas.atlas(), Messages.of(Language.ZH))
                .details(new FeatureRef(FeatureRef.Kind.PLACE, "sichuan-vinylon")).orElseThrow();
        assertTrue(plant.title().equals("四川维尼纶厂"), plant.title());
        assertTrue(plant.rows().stream().anyMatch(r -> r.value().equals("历史地点")), plant.rows().toString());
        assertTrue(plant.rows().stream().anyMatch(r -> r.value().equals(Messages.of(Language.ZH).get("precision.CITY"))));
        assertFalse(plant.rows().stream().anyMatch(r -> r.value().equals(Messages.of(Language.ZH).get("tier.EXTERNAL"))),
                "a plant in Chongqing is not outside the circle");
        assertTrue(plant.description().contains("只表示所在城市"));
        assertTrue(plant.sources().stream().anyMatch(s -> s.contains("重庆日报")), plant.sources().toString());
    }
}
