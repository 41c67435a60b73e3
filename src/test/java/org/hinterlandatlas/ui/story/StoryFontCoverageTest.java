// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Definition;
import org.hinterlandatlas.model.Passage;
import org.hinterlandatlas.model.Story;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** The bundled font has a glyph for every character of the story's interface strings and content. */
class StoryFontCoverageTest {

    @Test
    void everyStoryStringIsCoveredByTheBundledFont() throws IOException {
        List<String> strings = new ArrayList<>();
        for (String language : new String[] {"zh", "en"}) {
            Properties properties = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/story_" + language + ".properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            properties.values().forEach(v -> strings.add(v.toString()));
        }
        Story story = ShippedAtlas.atlas().content().story();
        Definition d = story.definition();
        List<Bilingual> texts = new ArrayList<>(d.traits());
        for (Passage p : List.of(d.hinterland(), d.coreArea(), d.traitsPassage(), d.theory(), d.effects())) {
            texts.add(p.title());
            texts.add(p.text());
        }
        d.elements().forEach(e -> texts.addAll(List.of(e.name(), e.text())));
        story.phases().forEach(p -> {
            texts.addAll(List.of(p.title(), p.period(), p.narrative()));
            p.features().forEach(f -> texts.add(f.role()));
        });
        story.events().forEach(e -> texts.addAll(List.of(e.time(), e.event(), e.statement())));
        texts.forEach(t -> strings.addAll(List.of(t.zh(), t.en())));
        for (boolean bold : new boolean[] {false, true}) {
            Font font = ShippedAtlas.fonts().font(12, bold);
            for (String text : strings) {
                int missing = font.canDisplayUpTo(text);
                assertEquals(-1, missing, () -> "no glyph for '" + text.charAt(missing) + "' (U+"
                        + Integer.toHexString(text.charAt(missing)) + ") in: " + text);
            }
        }
    }
}
