// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed on the map between two phases: the features that appear, those that disappear, and those
 * present in both whose role changed (Chongqing from wartime capital to Third Front centre).
 */
public final class PhaseComparison {

    /** How a feature changed from the earlier phase to the later one. */
    public enum Kind {
        APPEARS, DISAPPEARS, CHANGES
    }

    /**
     * One change.
     *
     * @param before the role in the first phase, null when the feature appears
     * @param after  the role in the second phase, null when the feature disappears
     */
    public record Change(Kind kind, FeatureRef ref, Bilingual before, Bilingual after) {
    }

    private PhaseComparison() {
    }

    /**
     * The changes from {@code from} to {@code to}: first what disappears and changes, in the first phase's
     * order, then what appears, in the second phase's order.
     */
    public static List<Change> between(Phase from, Phase to) {
        Map<FeatureRef, Bilingual> before = roles(from);
        Map<FeatureRef, Bilingual> after = roles(to);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<FeatureRef, Bilingual> entry : before.entrySet()) {
            Bilingual now = after.get(entry.getKey());
            if (now == null) {
                changes.add(new Change(Kind.DISAPPEARS, entry.getKey(), entry.getValue(), null));
            } else if (!now.equals(entry.getValue())) {
                changes.add(new Change(Kind.CHANGES, entry.getKey(), entry.getValue(), now));
            }
        }
        for (Map.Entry<FeatureRef, Bilingual> entry : after.entrySet()) {
            if (!before.containsKey(entry.getKey())) {
                changes.add(new Change(Kind.APPEARS, entry.getKey(), null, entry.getValue()));
            }
        }
        return changes;
    }

    private static Map<FeatureRef, Bilingual> roles(Phase phase) {
        Map<FeatureRef, Bilingual> roles = new LinkedHashMap<>();
        phase.features().forEach(f -> roles.put(f.ref(), f.role()));
        return roles;
    }
}
