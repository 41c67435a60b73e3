// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.render.FlowPainter;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** Clicking one of the flows a teacher switched on selects it without hiding the others. */
class FlowSelectionTest {

    @Test
    void aSelectedFlowLeavesEveryFlowDrawn() {
        MapViewModel model = new MapViewModel(ShippedAtlas.atlas(), Language.ZH);
        model.setLayerVisible(MapLayerId.FLOWS, true);
        int all = ShippedAtlas.atlas().content().flows().size();
        assertEquals(all, FlowPainter.drawn(model.scene(), 5).size());

        model.selectionProperty().set(new FeatureRef(FeatureRef.Kind.FLOW, "transfer-guangan"));

        assertEquals(all, FlowPainter.drawn(model.scene(), 5).size());
        model.selectionProperty().set(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu"));
        assertEquals(EnumSet.of(FeatureRef.Kind.PLACE), EnumSet.copyOf(model.scene().highlighted().stream()
                .map(FeatureRef::kind).toList()), "other selections are still drawn highlighted");
    }
}
