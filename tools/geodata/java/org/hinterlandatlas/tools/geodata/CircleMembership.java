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
 * Circle (中共中央、国务院《成渝地区双城经济圈建设规划纲要》, 2021-10). The authored
 * {@code geodata/thematic/circle-membership.json} is the single source when it exists; the list
 * below is only the fallback for a first run before that file is written.
 */
final class CircleMembership {
    /** Chongqing: 27 whole districts/counties plus parts of 开州 500154 and 云阳 500235. */
    private static final Set<String> CHONGQING_MEMBERS = Set.of(
            "500103", "500104", "500105", "500106", "500107", "500108", "500109", "500112", "500113",
            "500101", "500102", "500110", "500111", "500114", "500115", "500116", "500117", "500118",
            "500119", "500120", "500151", "500152", "500153", "500155", "500230", "500231", "500233",
            "500154", "500235");

    /** Sichuan: 15 cities, of which 绵阳, 乐山, 达州 and 雅安 only in part. */
    private static final Set<String> SICHUAN_MEMBERS = Set.of(
            "510100", "510300", "510500", "510600", "510700", "510900", "511000", "511100", "511300",
            "511400", "511500", "511600", "511700", "511800", "512000");

    private CircleMembership() {
    }

    /** Member codes (full and partial), current codes, and whether they came from the thematic file. */
    record Members(Set<String> codes, boolean fromThematicFile) {
    }

    static Members load(Path thematicFile, GeoJsonReader reader) throws IOException {
        if (!Files.exists(thematicFile)) {
            Set<String> codes = new TreeSet<>(CHONGQING_MEMBERS);
            codes.addAll(SICHUAN_MEMBERS);
            return new Members(codes, false);
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
        return new Members(codes, true);
    }
}
