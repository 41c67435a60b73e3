// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;
import org.hinterlandatlas.words.Messages;

/**
 * The bundled font subset has a glyph for every character the atlas can show, so no label or control
 * falls back to a system font (or to boxes) on a machine without Chinese fonts.
 */
class BundledFontCoverageTest {

    @Test
    void everyStringTheAtlasShowsIsCoveredByTheBundledFont() throws IOException {
        List<String> strings = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            for (String language : new String[] {"zh", "en"}) {
                Properties properties = new Properties();
                try (InputStream in = getClass().getResourceAsStream("/i18n/" + bundle + "_" + language + ".properties")) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                properties.values().forEach(v -> strings.add(v.toString().replace("\n", "")));
            }
        }
        Atlas atlas = ShippedAtlas.atlas();
        atlas.content().places().forEach(p -> add(strings, p.name(), p.description()));
        atlas.content().corridors().forEach(c -> add(strings, c.name(), c.description()));
        atlas.content().clusters().forEach(c -> add(strings, c.name(), c.description()));
        atlas.content().regions().forEach(r -> add(strings, r.name()));
        atlas.content().sources().values().forEach(s -> add(strings, s.reference()));
        atlas.content().membership().units().forEach(u -> {
            add(strings, u.name());
            u.excluded().forEach(e -> add(strings, e));
            u.included().ifPresent(i -> add(strings, i));
        });
        Evidence evidence = atlas.content().evidence();
        evidence.figures().forEach(f -> add(strings, f.label()));
        evidence.claims().forEach(c -> add(strings, c.title(), c.text()));
        ProjectTable table = evidence.table2();
        add(strings, table.title(), table.unit(), table.note());
        table.industries().forEach(i -> add(strings, i.name()));
        table.clusters().forEach(b -> {
            add(strings, b.name());
            b.rows().forEach(r -> add(strings, r.name()));
        });
        evidence.paths().forEach(m -> {
            add(strings, m.name(), m.goal());
            m.measures().forEach(x -> {
                add(strings, x.title(), x.text());
                x.sites().forEach(site -> add(strings, site.name()));
            });
        });
        for (BaseLayerId layer : BaseLayerId.values()) {
            atlas.baseMap().features(ZoomBand.HI, layer).forEach(f -> add(strings, f.name()));
        }
        for (boolean bold : new boolean[] {false, true}) {
            Font font = ShippedAtlas.fonts().font(12, bold);
            for (String text : strings) {
                int missing = font.canDisplayUpTo(text);
                assertEquals(-1, missing, () -> "no glyph for '" + text.charAt(missing) + "' in: " + text);
            }
        }
    }

    private static void add(List<String> strings, Bilingual... texts) {
        for (Bilingual text : texts) {
            strings.add(text.zh());
            strings.add(text.en());
        }
    }
}
