// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render.quiz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Tier;

/** The question sets the content offers: the circle's nodes by tier, the corridors, the historic sites. */
public final class QuizSets {

    private QuizSets() {
    }

    /** Every set of the content, in menu order; a set may be empty (the quiz then says so). */
    public static List<QuizSet> of(AtlasContent content) {
        List<QuizSet> sets = new ArrayList<>();
        for (Tier tier : List.of(Tier.CORE, Tier.SECONDARY, Tier.TERTIARY)) {
            sets.add(tier(content, tier));
        }
        sets.add(corridors(content));
        sets.add(historicSites(content));
        return sets;
    }

    /** The circle's nodes of one tier. */
    public static QuizSet tier(AtlasContent content, Tier tier) {
        List<QuizItem> items = content.places().stream()
                .filter(p -> p.role() == PlaceRole.NODE && p.tier() == tier)
                .map(QuizSets::item).toList();
        return new QuizSet("tier-" + tier.name().toLowerCase(Locale.ROOT), "quiz.set.tier." + tier.name(), items);
    }

    public static QuizSet corridors(AtlasContent content) {
        return new QuizSet("corridors", "quiz.set.corridors",
                content.corridors().stream().filter(c -> !c.path().isEmpty()).map(QuizSets::item).toList());
    }

    /** The Third Front plants and the other places of the story's earlier phases. */
    public static QuizSet historicSites(AtlasContent content) {
        return new QuizSet("historic-sites", "quiz.set.historic",
                content.places().stream().filter(p -> p.role() == PlaceRole.HISTORIC_SITE)
                        .map(QuizSets::item).toList());
    }

    /** The places and corridors a lesson's steps highlight, each once, in the order the lesson shows them. */
    public static QuizSet lesson(AtlasContent content, Lesson lesson) {
        Set<FeatureRef> refs = new LinkedHashSet<>();
        for (LessonStep step : lesson.steps()) {
            step.map().highlighted().stream()
                    .sorted((a, b) -> (a.kind() + a.id()).compareTo(b.kind() + b.id()))
                    .forEach(refs::add);
        }
        List<QuizItem> items = new ArrayList<>();
        for (FeatureRef ref : refs) {
            item(content, ref).ifPresent(items::add);
        }
        return new QuizSet("lesson", "quiz.set.lesson", items);
    }

    public static Optional<QuizSet> byId(AtlasContent content, String id) {
        return of(content).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static Optional<QuizItem> item(AtlasContent content, FeatureRef ref) {
        return switch (ref.kind()) {
            case PLACE -> content.place(ref.id()).map(QuizSets::item);
            case CORRIDOR -> content.corridors().stream().filter(c -> c.id().equals(ref.id())).findFirst()
                    .map(QuizSets::item);
            default -> Optional.empty();
        };
    }

    private static QuizItem item(Place place) {
        return new QuizItem(new FeatureRef(FeatureRef.Kind.PLACE, place.id()), place.name(),
                List.of(place.location()));
    }

    private static QuizItem item(Corridor corridor) {
        return new QuizItem(new FeatureRef(FeatureRef.Kind.CORRIDOR, corridor.id()), corridor.name(),
                corridor.path());
    }
}
