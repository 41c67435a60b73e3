// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.Objects;

/**
 * A reference to a {@link Source}, optionally with the place inside it ("§四(二)1", "表1").
 *
 * @param sourceId the id of a source in the catalogue
 * @param at       where in the source, or the empty string when the whole source is meant
 */
public record Citation(String sourceId, String at) {

    public Citation {
        Objects.requireNonNull(sourceId, "sourceId");
        at = at == null ? "" : at;
    }
}
