// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.details;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.CircleUnit;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.ClusterExtent;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.EconomicRegion;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Flow;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.words.Messages;

/** Builds the details of a feature from the content, in the language of the given messages. */
public final class FeatureDetailsFactory {

    private final Atlas atlas;
    private final Messages messages;

    public FeatureDetailsFactory(Atlas atlas, Messages messages) {
        this.atlas = atlas;
        this.messages = messages;
    }

    public Optional<FeatureDetails> details(FeatureRef ref) {
        AtlasContent content = atlas.content();
        return switch (ref.kind()) {
            case PLACE -> content.place(ref.id()).map(this::place);
            case CORRIDOR -> content.corridors().stream().filter(c -> c.id().equals(ref.id())).findFirst()
                    .map(this::corridor);
            case UNIT -> unitFeature(ref.id()).map(this::unit);
            case CLUSTER -> content.clusters().stream().filter(c -> c.id().equals(ref.id())).findFirst()
                    .map(this::cluster);
            case REGION -> content.regions().stream().filter(r -> r.id().equals(ref.id())).findFirst()
                    .map(this::region);
            case FLOW -> content.flow(ref.id()).map(this::flow);
        };
    }

    private FeatureDetails place(Place place) {
        List<FeatureDetails.Row> rows = new ArrayList<>();
        // a historic site has no rank in today's network, only its role
        if (place.role() != PlaceRole.HISTORIC_SITE) {
            rows.add(row("details.tier", messages.of("tier", place.tier())));
        }
        if (place.tier() == Tier.EXTERNAL) {
            rows.add(row("details.role", messages.of("role", place.role())));
        }
        adminFeature(place.adminCode()).ifPresent(unit -> rows.add(row("details.unit", text(unit.name()))));
        rows.add(row("details.coordinates", String.format(Locale.ROOT, "%.3f°E, %.3f°N",
                place.location().lon(), place.location().lat())));
        rows.add(row("details.precision", messages.of("precision", place.precision())));
        return details(FeatureRef.Kind.PLACE, place.name(), rows, place.description(), place.citations());
    }

    private FeatureDetails corridor(Corridor corridor) {
        List<FeatureDetails.Row> rows = new ArrayList<>();
        rows.add(row("details.type", messages.of("type", corridor.type())));
        rows.add(row("details.status", messages.of("status", corridor.status())));
        if (!corridor.constructionStarted().isEmpty()) {
            rows.add(row("details.constructionStarted", corridor.constructionStarted()));
        }
        if (!corridor.opened().isEmpty()) {
            rows.add(row("details.opened", corridor.opened()));
        }
        String via = corridor.via().stream()
                .map(id -> atlas.content().place(id).map(p -> text(p.name())).orElse(id))
                .collect(Collectors.joining(language() == Language.ZH ? "—" : " – "));
        rows.add(row("details.via", via));
        return details(FeatureRef.Kind.CORRIDOR, corridor.name(), rows, corridor.description(), corridor.citations());
    }

    private FeatureDetails unit(MapFeature feature) {
        List<FeatureDetails.Row> rows = new ArrayList<>();
        Optional<CircleUnit> unit = atlas.content().membership().unit(feature.property("code"));
        unit.ifPresent(u -> {
            rows.add(row("details.membership", messages.of("membership", u.membership())));
            if (!u.excluded().isEmpty()) {
                rows.add(row("details.excluded", u.excluded().stream().map(this::text)
                        .collect(Collectors.joining(language() == Language.ZH ? "、" : ", "))));
            }
            u.included().ifPresent(part -> rows.add(row("details.included", text(part))));
        });
        return details(FeatureRef.Kind.UNIT, feature.name(), rows, null, atlas.content().membership().citations());
    }

    private FeatureDetails cluster(CityCluster cluster) {
        List<FeatureDetails.Row> rows = new ArrayList<>();
        rows.add(row("details.role", messages.of("clusterRole", cluster.role())));
        rows.add(row("details.provinces", provinceNames(cluster.provinceCodes())));
        rows.add(row("details.roleBasis", messages.of("clusterRoleBasis", cluster.role())));
        if (cluster.extent() == ClusterExtent.CIRCLE) {
            rows.add(new FeatureDetails.Row("", messages.get("details.drawnAsCircle")));
        } else if (!cluster.wholeProvinces()) {
            rows.add(new FeatureDetails.Row("", messages.get("details.wholeProvinces")));
        }
        return details(FeatureRef.Kind.CLUSTER, cluster.name(), rows, cluster.description(), cluster.citations());
    }

    private FeatureDetails region(EconomicRegion region) {
        List<FeatureDetails.Row> rows = List.of(row("details.provinces", provinceNames(region.provinceCodes())));
        return details(FeatureRef.Kind.REGION, region.name(), rows, null, region.citations());
    }

    private FeatureDetails flow(Flow flow) {
        List<FeatureDetails.Row> rows = new ArrayList<>();
        rows.add(row("details.flowKind", messages.of("flowKind", flow.kind())));
        if (!flow.period().get(language()).isEmpty()) {
            rows.add(row("details.period", text(flow.period())));
        }
        rows.add(row("details.from", text(flow.from().name())));
        rows.add(row("details.to", text(flow.to().name())));
        return details(FeatureRef.Kind.FLOW, flow.name(), rows, flow.description(), flow.citations());
    }

    private FeatureDetails details(FeatureRef.Kind kind, Bilingual name, List<FeatureDetails.Row> rows,
                                   Bilingual description, List<Citation> citations) {
        Language other = language() == Language.ZH ? Language.EN : Language.ZH;
        return new FeatureDetails(messages.of("details.kind", kind), name.get(language()), name.get(other), rows,
                description == null ? "" : text(description), sources(citations));
    }

    /** One line per source, with every place in it that is cited ("… 2024(4): 21-36. §四(二)1; §三(二)1"). */
    private List<String> sources(List<Citation> citations) {
        Map<String, List<String>> locations = new LinkedHashMap<>();
        for (Citation citation : citations) {
            List<String> at = locations.computeIfAbsent(citation.sourceId(), id -> new ArrayList<>());
            if (!citation.at().isEmpty() && !at.contains(citation.at())) {
                at.add(citation.at());
            }
        }
        List<String> lines = new ArrayList<>();
        locations.forEach((id, at) -> atlas.content().source(id).ifPresent(source -> {
            String reference = text(source.reference());
            lines.add(at.isEmpty() ? reference : reference + " " + String.join("; ", at));
        }));
        return lines;
    }

    private String provinceNames(List<String> codes) {
        return codes.stream()
                .map(code -> atlas.baseMap().features(ZoomBand.LO, BaseLayerId.PROVINCES).stream()
                        .filter(p -> p.property("code").equals(code)).findFirst()
                        .map(p -> text(p.name())).orElse(code))
                .collect(Collectors.joining(language() == Language.ZH ? "、" : ", "));
    }

    /** The district, prefecture or — for a site known only to be in Chongqing — the municipality of a code. */
    private Optional<MapFeature> adminFeature(String code) {
        return unitFeature(code).or(() -> atlas.baseMap().features(ZoomBand.LO, BaseLayerId.PROVINCES).stream()
                .filter(f -> f.property("code").equals(code)).findFirst());
    }

    private Optional<MapFeature> unitFeature(String code) {
        return atlas.baseMap().features(ZoomBand.HI, BaseLayerId.PREFECTURES).stream()
                .filter(f -> f.property("code").equals(code)).findFirst();
    }

    private FeatureDetails.Row row(String key, String value) {
        return new FeatureDetails.Row(messages.get(key), value);
    }

    private String text(Bilingual text) {
        return text.get(language());
    }

    private Language language() {
        return messages.language();
    }
}
