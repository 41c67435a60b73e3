// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MeasureSite;
import org.hinterlandatlas.model.PathMeasure;
import org.hinterlandatlas.model.ThinkingMode;
import org.hinterlandatlas.words.Messages;

/** The four paths of §四 and their measures; a measure's card lists its places and highlights them on the map. */
final class PathsView extends VBox {

    PathsView(Evidence evidence, AtlasContent content, EvidenceText text, Cards cards) {
        super(8);
        Messages messages = text.messages();
        Language language = messages.language();
        getChildren().add(Cards.text(messages.get("evidence.paths.intro"), "evidence-intro"));
        for (ThinkingMode mode : evidence.paths()) {
            getChildren().add(Cards.text(mode.name().get(language) + " — " + mode.goal().get(language), "evidence-heading"));
            for (PathMeasure measure : mode.measures()) {
                VBox card = cards.item(measure.state(),
                        Cards.text(measure.title().get(language), "evidence-title"),
                        Cards.text(measure.text().get(language), "evidence-body"));
                if (!measure.sites().isEmpty()) {
                    card.getChildren().add(Cards.text(messages.get("evidence.sites"), "evidence-meta"));
                    for (MeasureSite site : measure.sites()) {
                        card.getChildren().add(Cards.text("• " + site(site, content, messages), "evidence-site"));
                    }
                }
                card.getChildren().add(Cards.text(text.sources(measure.citations()), "evidence-source"));
                getChildren().add(card);
            }
        }
    }

    private static String site(MeasureSite site, AtlasContent content, Messages messages) {
        Language language = messages.language();
        String name = site.name().get(language);
        if (site.location().isEmpty()) {
            return messages.format("evidence.site.unlocated", name);
        }
        FeatureRef at = site.location().get();
        if (at.kind() == FeatureRef.Kind.PLACE) {
            String place = content.place(at.id()).map(p -> p.name().get(language)).orElse(at.id());
            String precision = site.locatedWith().map(p -> messages.of("evidence.precision", p)).orElse("");
            return messages.format("evidence.site.at", name, place, precision);
        }
        String corridor = content.corridors().stream().filter(c -> c.id().equals(at.id())).findFirst()
                .map(c -> c.name().get(language)).orElse(at.id());
        return messages.format("evidence.site.atCorridor", name, corridor);
    }
}
