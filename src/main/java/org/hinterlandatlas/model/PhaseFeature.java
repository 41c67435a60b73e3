// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/**
 * A feature as it stands in one historical phase: Chongqing is the wartime capital in one phase and a
 * municipality in another.
 *
 * @param role what the feature is in that phase
 */
public record PhaseFeature(FeatureRef ref, Bilingual role) {
}
