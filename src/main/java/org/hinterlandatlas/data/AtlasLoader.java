// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.CircleMembership;
import org.hinterlandatlas.model.CircleUnit;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.EconomicRegion;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Flow;
import org.hinterlandatlas.model.FlowEnd;
import org.hinterlandatlas.model.NamedView;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Source;
import org.hinterlandatlas.words.Messages;

/**
 * Loads and checks the whole atlas. Each file is checked on its own as it is read; then the references
 * between files are checked: citations name known sources, places lie in known prefectures, corridors pass
 * known places, clusters cover known provinces, the membership lists every prefecture. The first problem
 * stops loading with a {@link DataException}.
 * <p>
 * The shipped data is checked this way by the build (which then packs the base map, see {@link PackedBaseMap})
 * and by the tests; {@link #loadShipped()} does not repeat the base map's part at every start.
 */
public final class AtlasLoader {

    private final DataFiles files;
    private final JsonFiles json;

    public AtlasLoader(DataFiles files) {
        this(files, new JsonFiles(files));
    }

    /** @param nanoClock the clock of the load's time limit ({@link DataLimits#LOAD_TIME}), for its test */
    AtlasLoader(DataFiles files, LongSupplier nanoClock) {
        this(files, new JsonFiles(files, nanoClock));
    }

    private AtlasLoader(DataFiles files, JsonFiles json) {
        this.files = files;
        this.json = json;
    }

    /**
     * The atlas for the window and the command line: the shipped data the quick way, any other folder (a
     * content author's {@code --data-dir}) read and checked in full.
     */
    public static Atlas loadForUse(DataFiles files) throws DataException {
        return files instanceof ClasspathDataFiles ? loadShipped() : new AtlasLoader(files).load();
    }

    /**
     * The shipped atlas: the content from the packed file the build made (see {@link PackedRecordFile#CONTENT}), the
     * base map from the packed bands, each read when first drawn. Every check was made by the build and is
     * not repeated. A build without packed bands loads everything as {@link #load()}; should the packed
     * content be unreadable, it is read from its JSON with the checks of each file.
     */
    public static Atlas loadShipped() throws DataException {
        DataFiles files = new ClasspathDataFiles();
        if (ClasspathDataFiles.class.getClassLoader().getResource(PackedBaseMap.path(ZoomBand.LO)) == null) {
            return new AtlasLoader(files).load();
        }
        // no JSON reader is made unless a pack is damaged: its set-up is most of Jackson's start
        return new Atlas(packedContent(files), BaseMapData.readOnDemand(band -> packedBand(files, band)));
    }

    /** The content read from its JSON files, each checked on its own: what the build packs. */
    AtlasContent readContent() throws DataException {
        return json.guarded(this::content);
    }

    private static AtlasContent packedContent(DataFiles files) throws DataException {
        try (InputStream in = files.open(PackedRecordFile.CONTENT.path())) {
            return PackedRecordFile.CONTENT.read(in);
        } catch (IOException | PackedBaseMap.Damaged e) {
            log().warning(() -> PackedRecordFile.CONTENT.path() + " cannot be used (" + e.getMessage() + "); reading the content's JSON");
        }
        return new AtlasLoader(files).readContent();
    }

    /** Loads every file and checks each one and the references between them. */
    public Atlas load() throws DataException {
        return json.guarded(() -> {
            AtlasContent content = content();
            return checked(content, new BaseMapLoader(json).load());
        });
    }

    /** The same with the base map already loaded and checked: the content's fuzz test reads it once. */
    Atlas load(BaseMapLoader.Result base) throws DataException {
        return json.guarded(() -> checked(content(), base));
    }

    private static Atlas checked(AtlasContent content, BaseMapLoader.Result base) throws DataException {
        checkCitations(content, base.citationsByFile());
        checkReferences(content, base.data());
        return new Atlas(content, base.data());
    }

    /**
     * A packed band; should it be unreadable (a damaged installation), the band's GeoJSON instead, which the
     * build checked.
     */
    private static Map<BaseLayerId, List<MapFeature>> packedBand(DataFiles files, ZoomBand band) {
        String path = PackedBaseMap.path(band);
        try (InputStream in = files.open(path)) {
            return PackedBaseMap.read(in);
        } catch (IOException | PackedBaseMap.Damaged e) {
            log().warning(() -> path + " cannot be used (" + e.getMessage() + "); reading the band's GeoJSON");
        }
        try {
            JsonFiles fresh = new JsonFiles(files);
            return fresh.guarded(() -> new BaseMapLoader(fresh).load(band, new HashMap<>()));
        } catch (DataException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private AtlasContent content() throws DataException {
        ContentLoader contentLoader = new ContentLoader(json);
        Map<String, Source> sources = contentLoader.sources();
        List<Place> places = contentLoader.places();
        Map<String, GeoPoint> positions = places.stream().collect(Collectors.toMap(Place::id, Place::location));
        List<Corridor> corridors = contentLoader.corridors(positions);
        CircleMembership membership = contentLoader.membership();
        ContentLoader.NationalScale national = contentLoader.nationalScale();
        List<NamedView> views = contentLoader.views();
        List<Flow> flows = new FlowLoader(json, places, national).load();
        Evidence evidence = new EvidenceLoader(json, new EvidenceLoader.Known(sources.keySet(), places,
                features(places, corridors, membership, national, flows), national.clusters(), views)).load();
        // The story refers to everything else: it is read against the content without it, then added.
        AtlasContent withoutStory = new AtlasContent(sources, places, corridors, membership, national.clusters(),
                national.regions(), flows, views, null, evidence);
        return new AtlasContent(sources, places, corridors, membership, national.clusters(),
                national.regions(), flows, views, new StoryLoader(json, withoutStory).load(), evidence);
    }

    /** Every feature a piece of evidence may name. */
    private static Set<FeatureRef> features(List<Place> places, List<Corridor> corridors, CircleMembership membership,
                                            ContentLoader.NationalScale national, List<Flow> flows) {
        Set<FeatureRef> features = new HashSet<>();
        places.forEach(p -> features.add(new FeatureRef(FeatureRef.Kind.PLACE, p.id())));
        corridors.forEach(c -> features.add(new FeatureRef(FeatureRef.Kind.CORRIDOR, c.id())));
        membership.units().forEach(u -> features.add(new FeatureRef(FeatureRef.Kind.UNIT, u.code())));
        national.clusters().forEach(c -> features.add(new FeatureRef(FeatureRef.Kind.CLUSTER, c.id())));
        national.regions().forEach(r -> features.add(new FeatureRef(FeatureRef.Kind.REGION, r.id())));
        flows.forEach(f -> features.add(new FeatureRef(FeatureRef.Kind.FLOW, f.id())));
        return features;
    }

    private static void checkCitations(AtlasContent content, Map<String, List<Citation>> baseCitations)
            throws DataException {
        Set<String> known = content.sources().keySet();
        for (Place place : content.places()) {
            requireKnown(known, fileOf(place), place.id(), place.citations());
        }
        for (Corridor corridor : content.corridors()) {
            requireKnown(known, ContentLoader.CORRIDORS, corridor.id(), corridor.citations());
        }
        requireKnown(known, ContentLoader.MEMBERSHIP, "", content.membership().citations());
        for (CityCluster cluster : content.clusters()) {
            requireKnown(known, ContentLoader.CLUSTERS, cluster.id(), cluster.citations());
        }
        for (EconomicRegion region : content.regions()) {
            requireKnown(known, ContentLoader.CLUSTERS, region.id(), region.citations());
        }
        for (Flow flow : content.flows()) {
            requireKnown(known, FlowLoader.FLOWS, flow.id(), flow.citations());
        }
        for (Map.Entry<String, List<Citation>> file : baseCitations.entrySet()) {
            requireKnown(known, file.getKey(), "", file.getValue());
        }
    }

    /** The file a place comes from: the story's historic sites and the measures' sites have their own. */
    private static String fileOf(Place place) {
        return switch (place.role()) {
            case HISTORIC_SITE -> ContentLoader.HISTORY_SITES;
            case SITE -> ContentLoader.MEASURE_SITES;
            default -> ContentLoader.PLACES;
        };
    }

    private static void requireKnown(Set<String> known, String file, String entry, List<Citation> citations)
            throws DataException {
        for (Citation citation : citations) {
            if (!known.contains(citation.sourceId())) {
                throw new DataException(file, entry, Messages.bilingual(
                        "data.entry.unknownSource", citation.sourceId(), ContentLoader.SOURCES));
            }
        }
    }

    private static void checkReferences(AtlasContent content, BaseMapData base) throws DataException {
        Map<String, MapFeature> units = byCode(base.features(ZoomBand.HI, BaseLayerId.PREFECTURES));
        Map<String, MapFeature> provinces = byCode(base.features(ZoomBand.LO, BaseLayerId.PROVINCES));
        for (Place place : content.places()) {
            // a historic site known only to lie in Chongqing carries the municipality's code
            boolean municipality = place.role() == PlaceRole.HISTORIC_SITE && provinces.containsKey(place.adminCode());
            if (!place.adminCode().isEmpty() && !units.containsKey(place.adminCode()) && !municipality) {
                throw new DataException(fileOf(place), place.id(), Messages.bilingual(
                        "data.atlas.unknownAdminCode", place.adminCode()));
            }
        }
        for (CircleUnit unit : content.membership().units()) {
            if (!units.containsKey(unit.code())) {
                throw new DataException(ContentLoader.MEMBERSHIP, unit.code(), Messages.bilingual(
                        "data.atlas.unitNotInLayer"));
            }
        }
        for (String code : units.keySet()) {
            if (content.membership().unit(code).isEmpty()) {
                throw new DataException(ContentLoader.MEMBERSHIP, code, Messages.perLanguage(
                        "data.atlas.noMembership", units.get(code).name()));
            }
        }
        for (CityCluster cluster : content.clusters()) {
            requireProvinces(provinces, cluster.id(), cluster.provinceCodes());
            if (content.place(cluster.anchorPlaceId()).isEmpty()) {
                throw new DataException(ContentLoader.CLUSTERS, cluster.id(), Messages.bilingual(
                        "data.atlas.unknownAnchor", cluster.anchorPlaceId()));
            }
        }
        for (EconomicRegion region : content.regions()) {
            requireProvinces(provinces, region.id(), region.provinceCodes());
        }
        for (Flow flow : content.flows()) {
            for (FlowEnd end : List.of(flow.from(), flow.to())) {
                requireInside(content, provinces, flow, end);
            }
        }
    }

    /** An arrow meeting an area must touch it: its point lies in one of the area's provinces. */
    private static void requireInside(AtlasContent content, Map<String, MapFeature> provinces, Flow flow, FlowEnd end)
            throws DataException {
        List<String> codes = switch (end.ref().kind()) {
            case REGION -> content.regions().stream().filter(r -> r.id().equals(end.ref().id())).findFirst()
                    .map(EconomicRegion::provinceCodes).orElse(List.of());
            case CLUSTER -> content.clusters().stream().filter(c -> c.id().equals(end.ref().id())).findFirst()
                    .map(CityCluster::provinceCodes).orElse(List.of());
            default -> null;
        };
        if (codes == null) {
            return;
        }
        double x = WebMercator.worldX(end.at().lon());
        double y = WebMercator.worldY(end.at().lat());
        boolean inside = codes.stream().map(provinces::get)
                .anyMatch(province -> province != null && province.geometry().contains(x, y));
        if (!inside) {
            throw new DataException(FlowLoader.FLOWS, flow.id(), Messages.perLanguage(
                    "data.atlas.arrowOutside", end.at().lon(), end.at().lat(), end.name()));
        }
    }

    private static void requireProvinces(Map<String, MapFeature> provinces, String entry, List<String> codes)
            throws DataException {
        for (String code : codes) {
            if (!provinces.containsKey(code)) {
                throw new DataException(ContentLoader.CLUSTERS, entry, Messages.bilingual(
                        "data.atlas.unknownProvince", code));
            }
        }
    }

    /** Looked up when a pack is damaged, never at a normal start (java.util.logging's set-up takes 15–30 ms). */
    private static Logger log() {
        return Logger.getLogger(AtlasLoader.class.getName());
    }

    private static Map<String, MapFeature> byCode(List<MapFeature> features) {
        Map<String, MapFeature> byCode = new HashMap<>();
        for (MapFeature feature : features) {
            byCode.put(feature.property("code"), feature);
        }
        return byCode;
    }
}
