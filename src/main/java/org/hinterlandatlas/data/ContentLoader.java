// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.geo.WorldGeometry;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.CircleMembership;
import org.hinterlandatlas.model.CircleUnit;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.ClusterExtent;
import org.hinterlandatlas.model.ClusterRole;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.CorridorStatus;
import org.hinterlandatlas.model.CorridorType;
import org.hinterlandatlas.model.EconomicRegion;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Membership;
import org.hinterlandatlas.model.NamedView;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Source;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.words.Messages;

/** Loads the authored content: sources, thematic layers and named views, each file on its own. */
final class ContentLoader {

    static final String SOURCES = "content/sources.json";
    static final String VIEWS = "content/views.json";
    static final String PLACES = "geodata/thematic/places.geojson";
    static final String CORRIDORS = "geodata/thematic/corridors.geojson";
    static final String MEMBERSHIP = "geodata/thematic/circle-membership.json";
    static final String CLUSTERS = "geodata/thematic/clusters.json";
    /** The story's historic sites, kept apart from the network of places.geojson. */
    static final String HISTORY_SITES = "geodata/thematic/history-sites.geojson";
    /** Places that only the evidence's measures name, kept apart from the network of places.geojson. */
    static final String MEASURE_SITES = "geodata/thematic/measure-sites.geojson";

    private final JsonFiles json;
    private final GeoJsonReader geoJson;

    ContentLoader(JsonFiles json) {
        this.json = json;
        this.geoJson = new GeoJsonReader(json);
    }

    Map<String, Source> sources() throws DataException {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (EntryReader entry : entries(SOURCES, "sources")) {
            // the publisher and the date (or, for a dataset, the version) are required of every source,
            // even though the app shows them only inside the full reference
            entry.text("publisher");
            String date = entry.text("date");
            if (!entry.text("kind").equals("data") && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                throw entry.fault("data.content.date", date);
            }
            Source source = new Source(entry.entry(), entry.text("kind"), entry.bilingual("zh", "en"),
                    entry.optionalText("url"));
            if (sources.put(source.id(), source) != null) {
                throw entry.fault("data.entry.duplicateId");
            }
        }
        return sources;
    }

    /**
     * The places of the nodes layer and, after them, the story's historic sites and the places the evidence's
     * measures name; ids are unique across the three files.
     */
    List<Place> places() throws DataException {
        List<Place> places = places(PLACES, "places");
        Set<String> ids = new HashSet<>();
        places.forEach(p -> ids.add(p.id()));
        addSites(places, ids, HISTORY_SITES, "history-sites", PlaceRole.HISTORIC_SITE);
        addSites(places, ids, MEASURE_SITES, "measure-sites", PlaceRole.SITE);
        return places;
    }

    private void addSites(List<Place> places, Set<String> ids, String path, String layer, PlaceRole role)
            throws DataException {
        String roleName = role.name().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Place site : places(path, layer)) {
            if (site.role() != role) {
                throw new DataException(path, site.id(), Messages.bilingual("data.content.role", roleName));
            }
            if (!ids.add(site.id())) {
                throw new DataException(path, site.id(), Messages.bilingual("data.content.idInOtherFile"));
            }
            places.add(site);
        }
    }

    private List<Place> places(String path, String layer) throws DataException {
        List<Place> places = new ArrayList<>();
        for (GeoJsonReader.Feature feature : geoJson.read(path, layer, WorldGeometry.Kind.POINT).features()) {
            EntryReader p = feature.properties();
            Tier tier = p.choice("tier", Tier.class);
            PlaceRole role = tier == Tier.EXTERNAL ? p.choice("role", PlaceRole.class) : PlaceRole.NODE;
            String adminCode = tier == Tier.EXTERNAL ? p.optionalText("admin_code") : p.text("admin_code");
            places.add(new Place(p.entry(), p.name(), tier, role,
                    p.choice("precision", org.hinterlandatlas.model.Precision.class), adminCode,
                    feature.parts().get(0).get(0), p.description(), p.citations()));
        }
        return places;
    }

    /** Corridors, whose schematic geometry must pass exactly through the places they name. */
    List<Corridor> corridors(Map<String, GeoPoint> placePositions) throws DataException {
        List<Corridor> corridors = new ArrayList<>();
        for (GeoJsonReader.Feature feature : geoJson.read(CORRIDORS, "corridors", WorldGeometry.Kind.LINE).features()) {
            EntryReader c = feature.properties();
            if (feature.parts().size() != 1) {
                throw c.fault("data.content.corridorLine");
            }
            List<String> via = c.texts("via");
            List<GeoPoint> path = feature.parts().get(0);
            checkPassesThrough(c, via, path, placePositions);
            corridors.add(new Corridor(c.entry(), c.name(), c.choice("type", CorridorType.class),
                    c.choice("status", CorridorStatus.class), date(c, "opened"), date(c, "construction_started"),
                    via, path, c.description(), c.citations()));
        }
        return corridors;
    }

    private static void checkPassesThrough(EntryReader corridor, List<String> via, List<GeoPoint> path,
                                           Map<String, GeoPoint> places) throws DataException {
        if (via.size() != path.size()) {
            throw corridor.fault("data.content.viaCount", String.valueOf(via.size()),
                    String.valueOf(path.size()));
        }
        for (int i = 0; i < via.size(); i++) {
            GeoPoint place = places.get(via.get(i));
            if (place == null) {
                throw corridor.fault("data.content.viaUnknown", via.get(i));
            }
            GeoPoint point = path.get(i);
            if (Math.abs(place.lon() - point.lon()) > 1e-6 || Math.abs(place.lat() - point.lat()) > 1e-6) {
                throw corridor.fault("data.content.viaMisplaced", String.valueOf(i + 1), via.get(i));
            }
        }
    }

    private static String date(EntryReader entry, String field) throws DataException {
        String value = entry.optionalText(field);
        if (!value.isEmpty() && !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw entry.fault("data.content.dateIn", value, field);
        }
        return value;
    }

    CircleMembership membership() throws DataException {
        JsonNode root = json.read(MEMBERSHIP);
        List<CircleUnit> units = new ArrayList<>();
        for (EntryReader u : list(MEMBERSHIP, root, "units", "code")) {
            Membership membership = u.choice("membership", Membership.class);
            List<String> zh = u.optionalTexts("excluded_zh");
            List<String> en = u.optionalTexts("excluded_en");
            if (zh.size() != en.size()) {
                throw u.fault("data.content.excludedLength");
            }
            Optional<Bilingual> included = u.optionalText("included_zh").isEmpty() && u.optionalText("included_en").isEmpty()
                    ? Optional.empty() : Optional.of(u.bilingual("included_zh", "included_en"));
            boolean partial = membership == Membership.PARTIAL;
            // a partial member names what it leaves out or, where the Outline lists nothing, what it takes in
            if (partial == (zh.isEmpty() && included.isEmpty()) || (!partial && included.isPresent())) {
                throw u.fault("data.content.partialOnly");
            }
            List<Bilingual> excluded = new ArrayList<>();
            for (int i = 0; i < zh.size(); i++) {
                excluded.add(new Bilingual(zh.get(i), en.get(i)));
            }
            units.add(new CircleUnit(u.entry(), u.name(), membership, excluded, included));
        }
        return new CircleMembership(units, new EntryReader(MEMBERSHIP, "", root).citations());
    }

    /** The national scale: city clusters and the four economic regions. */
    record NationalScale(List<CityCluster> clusters, List<EconomicRegion> regions) {
    }

    NationalScale nationalScale() throws DataException {
        JsonNode root = json.read(CLUSTERS);
        List<CityCluster> clusters = new ArrayList<>();
        for (EntryReader c : list(CLUSTERS, root, "clusters", "id")) {
            ClusterExtent extent = c.optionalText("extent").isEmpty()
                    ? ClusterExtent.PROVINCES : c.choice("extent", ClusterExtent.class);
            clusters.add(new CityCluster(c.entry(), c.name(), c.choice("role", ClusterRole.class),
                    c.texts("provinces"), c.flag("whole_provinces"), extent, c.text("anchor"), c.description(),
                    c.citations()));
        }
        List<EconomicRegion> regions = new ArrayList<>();
        for (EntryReader r : list(CLUSTERS, root, "regions", "id")) {
            regions.add(new EconomicRegion(r.entry(), r.name(), r.flag("hinterland"), r.texts("provinces"),
                    r.citations()));
        }
        return new NationalScale(clusters, regions);
    }

    List<NamedView> views() throws DataException {
        List<NamedView> views = new ArrayList<>();
        for (EntryReader v : entries(VIEWS, "views")) {
            GeoPoint[] corners = BoundsReader.read(v, v.node().get("bounds"), "data.content.boundsShape",
                    "data.content.boundsArea");
            views.add(new NamedView(v.entry(), v.name(), corners[0], corners[1]));
        }
        return views;
    }

    private List<EntryReader> entries(String path, String field) throws DataException {
        return list(path, json.read(path), field, "id");
    }

    private static List<EntryReader> list(String path, JsonNode root, String field, String idField)
            throws DataException {
        JsonNode array = root.get(field);
        if (array == null || !array.isArray()) {
            throw new EntryReader(path, "", root).fault("data.entry.noList", field);
        }
        List<EntryReader> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode item : array) {
            index++;
            EntryReader entry = new EntryReader(path, field + " #" + index, item);
            EntryReader named = new EntryReader(path, entry.text(idField), item);
            if (!ids.add(named.entry())) {
                throw named.fault("data.entry.duplicateId");
            }
            entries.add(named);
        }
        return entries;
    }
}
