// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The prefectures and districts that belong, wholly or partly, to the Chengdu–Chongqing Economic
 * Circle, read from the authored {@code geodata/thematic/circle-membership.json} — the single source of
 * the membership (中共中央、国务院《成渝地区双城经济圈建设规划纲要》, 2021-10), also read by the app.
 */
final class CircleMembership {

    private CircleMembership() {
    }

    /** Member codes (full and partial), as current codes. */
    static Set<String> load(Path thematicFile, GeoJsonReader reader) throws IOException {
        if (!Files.exists(thematicFile)) {
            throw new IOException(thematicFile + " is missing: the circle's extent is derived from it");
        }
        JsonNode root = reader.readTree(thematicFile);
        Set<String> codes = new TreeSet<>();
        for (JsonNode unit : root.get("units")) {
            String membership = unit.get("membership").asText();
            if (membership.equals("full") || membership.equals("partial")) {
                codes.add(AdminNames.currentCode(unit.get("code").asText()));
            } else if (!membership.equals("none")) {
                throw new IllegalStateException(thematicFile + ": unknown membership '" + membership + "'");
            }
        }
        return codes;
    }
}
