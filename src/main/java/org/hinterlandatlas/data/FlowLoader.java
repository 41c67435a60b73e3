// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.EconomicRegion;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Flow;
import org.hinterlandatlas.model.FlowEnd;
import org.hinterlandatlas.model.FlowKind;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.words.Messages;

/**
 * Loads {@code geodata/thematic/flows.json}, the movements the sources name, against the places, clusters and
 * regions already read: each end must be one of them. An area's end needs the point its arrow touches; that
 * the point lies inside the area is checked with the base map ({@link AtlasLoader}).
 */
final class FlowLoader {

    static final String FLOWS = "geodata/thematic/flows.json";

    private final JsonFiles json;
    private final List<Place> places;
    private final ContentLoader.NationalScale national;

    FlowLoader(JsonFiles json, List<Place> places, ContentLoader.NationalScale national) {
        this.json = json;
        this.places = places;
        this.national = national;
    }

    List<Flow> load() throws DataException {
        JsonNode root = json.read(FLOWS);
        JsonNode array = root.get("flows");
        if (array == null || !array.isArray()) {
            throw new DataException(FLOWS, "", Messages.bilingual("data.entry.noList", "flows"));
        }
        List<Flow> flows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode item : array) {
            index++;
            EntryReader f = new EntryReader(FLOWS, new EntryReader(FLOWS, "flows #" + index, item).text("id"), item);
            if (!ids.add(f.entry())) {
                throw f.fault("data.entry.duplicateId");
            }
            Bilingual period = f.has("period_zh") || f.has("period_en") ? f.bilingual("period_zh", "period_en")
                    : new Bilingual("", "");
            FlowEnd from = end(f, "from");
            FlowEnd to = end(f, "to");
            if (from.ref().equals(to.ref())) {
                throw f.fault("data.flow.sameEnds");
            }
            flows.add(new Flow(f.entry(), f.choice("kind", FlowKind.class), f.name(), period, from, to,
                    f.description(), f.citations()));
        }
        return flows;
    }

    private FlowEnd end(EntryReader flow, String field) throws DataException {
        JsonNode node = flow.node().get(field);
        if (node == null || !node.isObject()) {
            throw flow.fault("data.flow.noEnd", field);
        }
        EntryReader end = new EntryReader(flow.file(), flow.entry(), node);
        String text = end.text("ref");
        int colon = text.indexOf(':');
        String kind = colon > 0 ? text.substring(0, colon) : "";
        String id = text.substring(colon + 1);
        JsonNode at = node.get("at");
        switch (kind) {
            case "place" -> {
                Place place = places.stream().filter(p -> p.id().equals(id)).findFirst()
                        .orElseThrow(() -> unknown(flow, field, text));
                if (at != null) {
                    throw flow.fault("data.flow.atForAreas", field);
                }
                Bilingual name = end.has("name_zh") || end.has("name_en") ? end.bilingual("name_zh", "name_en")
                        : place.name();
                return new FlowEnd(new FeatureRef(FeatureRef.Kind.PLACE, id), name, place.location());
            }
            case "region", "cluster" -> {
                Optional<?> area = kind.equals("region")
                        ? national.regions().stream().map(EconomicRegion::id).filter(id::equals).findFirst()
                        : national.clusters().stream().map(CityCluster::id).filter(id::equals).findFirst();
                if (area.isEmpty()) {
                    throw unknown(flow, field, text);
                }
                if (at == null || !at.isArray() || at.size() != 2 || !at.get(0).isNumber() || !at.get(1).isNumber()) {
                    throw flow.fault("data.flow.atPoint", field);
                }
                double lon = at.get(0).doubleValue();
                double lat = at.get(1).doubleValue();
                if (!DataLimits.LONGITUDE.contains(lon) || !DataLimits.LATITUDE.contains(lat)) {
                    throw flow.fault("data.flow.atPoint", field);
                }
                FeatureRef.Kind refKind = kind.equals("region") ? FeatureRef.Kind.REGION : FeatureRef.Kind.CLUSTER;
                return new FlowEnd(new FeatureRef(refKind, id), end.bilingual("name_zh", "name_en"),
                        new GeoPoint(lon, lat));
            }
            default -> throw flow.fault("data.flow.badRef", field, text);
        }
    }

    private static DataException unknown(EntryReader flow, String field, String text) {
        return flow.fault("data.flow.unknownFeature", field, text);
    }
}
