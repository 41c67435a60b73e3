// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import java.util.Optional;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.EconomicRegion;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Place;

/** The name of whatever a {@link FeatureRef} points at. */
public final class FeatureNames {

    private FeatureNames() {
    }

    public static Optional<Bilingual> of(Atlas atlas, FeatureRef ref) {
        return switch (ref.kind()) {
            case PLACE -> atlas.content().place(ref.id()).map(Place::name);
            case CORRIDOR -> atlas.content().corridors().stream().filter(c -> c.id().equals(ref.id())).findFirst()
                    .map(Corridor::name);
            case UNIT -> atlas.baseMap().features(ZoomBand.HI, BaseLayerId.PREFECTURES).stream()
                    .filter(f -> f.property("code").equals(ref.id())).findFirst().map(MapFeature::name);
            case CLUSTER -> atlas.content().clusters().stream().filter(c -> c.id().equals(ref.id())).findFirst()
                    .map(CityCluster::name);
            case REGION -> atlas.content().regions().stream().filter(r -> r.id().equals(ref.id())).findFirst()
                    .map(EconomicRegion::name);
        };
    }
}
