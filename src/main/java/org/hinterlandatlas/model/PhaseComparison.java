// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What changes on the map between two phases, in words that cannot be read as a thing ceasing to exist.
 *
 * <p>A phase's membership is cumulative: what an earlier phase had is carried into the later ones, with the
 * role it last had, unless a phase says it ended (with a source); so nothing "disappears" between phases.
 * The list speaks of the features the two phases name and only of what is drawn: one named by the second
 * phase and newly shown on its map, one named by the first and no longer shown on the second map (it may
 * well still exist), one both name in different roles (drawn on both), and one the content says ended
 * (drawn on the first). A role is compared only where both phases state it: a carried role is no claim.
 */
public final class PhaseComparison {

    /** How a feature changes from the first map to the second. */
    public enum Kind {
        /** Drawn on the second map and not on the first. */
        APPEARS,
        /** Drawn on the first map and not on the second; nothing is said about it ceasing to exist. */
        NO_LONGER_SHOWN,
        /** Drawn on both, with another role in the second. */
        CHANGES,
        /** The content says it ended between the two phases; drawn on the first map. */
        ENDS
    }

    /**
     * One change.
     *
     * @param before the role in the first phase, null when it had none there
     * @param after  the role in the second phase, null when it has none there
     * @param ending for {@link Kind#ENDS}, the content's statement that it ended (with its source)
     */
    public record Change(Kind kind, FeatureRef ref, Bilingual before, Bilingual after, PhaseEnding ending) {

        public Change(Kind kind, FeatureRef ref, Bilingual before, Bilingual after) {
            this(kind, ref, before, after, null);
        }
    }

    private PhaseComparison() {
    }

    /**
     * The changes from {@code from} to {@code to}, phases of {@code story} (in story order): first what is
     * no longer shown, ends or changes, in the first phase's order, then what appears, in the second's.
     *
     * @param drawnOnFrom whether a feature is drawn on the first map
     * @param drawnOnTo   whether a feature is drawn on the second map
     */
    public static List<Change> between(List<Phase> story, Phase from, Phase to, Predicate<FeatureRef> drawnOnFrom,
                                       Predicate<FeatureRef> drawnOnTo) {
        Map<FeatureRef, Bilingual> before = stated(from);
        Map<FeatureRef, Bilingual> after = stated(to);
        Map<FeatureRef, Bilingual> carried = membership(story, to);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<FeatureRef, Bilingual> entry : before.entrySet()) {
            FeatureRef ref = entry.getKey();
            if (!drawnOnFrom.test(ref)) {
                continue;
            }
            Optional<PhaseEnding> ending = endingBetween(story, from, to, ref);
            Bilingual now = after.get(ref);
            if (!carried.containsKey(ref) && ending.isPresent()) {
                changes.add(new Change(Kind.ENDS, ref, entry.getValue(), null, ending.get()));
            } else if (!drawnOnTo.test(ref)) {
                changes.add(new Change(Kind.NO_LONGER_SHOWN, ref, entry.getValue(), null));
            } else if (now != null && !now.equals(entry.getValue())) {
                changes.add(new Change(Kind.CHANGES, ref, entry.getValue(), now));
            }
        }
        for (Map.Entry<FeatureRef, Bilingual> entry : after.entrySet()) {
            FeatureRef ref = entry.getKey();
            if (drawnOnTo.test(ref) && !drawnOnFrom.test(ref)) {
                changes.add(new Change(Kind.APPEARS, ref, null, entry.getValue()));
            }
        }
        return changes;
    }

    /** The features a phase itself names, with their roles then. */
    private static Map<FeatureRef, Bilingual> stated(Phase phase) {
        Map<FeatureRef, Bilingual> roles = new LinkedHashMap<>();
        phase.features().forEach(f -> roles.put(f.ref(), f.role()));
        return roles;
    }

    /**
     * What a phase has, with each feature's role: its own features, and those of the phases before it (in
     * story order) that no phase up to it ends. A phase not in the story has only its own.
     */
    public static Map<FeatureRef, Bilingual> membership(List<Phase> story, Phase phase) {
        Map<FeatureRef, Bilingual> roles = new LinkedHashMap<>();
        if (story.contains(phase)) {
            for (Phase earlier : story.subList(0, story.indexOf(phase))) {
                earlier.ends().forEach(e -> roles.remove(e.ref()));
                earlier.features().forEach(f -> roles.put(f.ref(), f.role()));
            }
        }
        phase.ends().forEach(e -> roles.remove(e.ref()));
        // the phase's own features first, in its order, then what is carried
        Map<FeatureRef, Bilingual> ordered = new LinkedHashMap<>();
        phase.features().forEach(f -> ordered.put(f.ref(), f.role()));
        roles.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /** The ending of {@code ref} stated by a phase after {@code from} and up to {@code to}, if any. */
    private static Optional<PhaseEnding> endingBetween(List<Phase> story, Phase from, Phase to, FeatureRef ref) {
        int start = story.indexOf(from);
        int end = story.indexOf(to);
        if (start < 0 || end <= start) {
            return Optional.empty();
        }
        Set<PhaseEnding> endings = new LinkedHashSet<>();
        for (Phase phase : story.subList(start + 1, end + 1)) {
            phase.ends().stream().filter(e -> e.ref().equals(ref)).forEach(endings::add);
        }
        return endings.stream().findFirst();
    }
}
