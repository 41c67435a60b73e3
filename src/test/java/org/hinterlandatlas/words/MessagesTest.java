// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.hinterlandatlas.model.ClusterRole;
import org.hinterlandatlas.model.CorridorStatus;
import org.hinterlandatlas.model.CorridorType;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.FlowKind;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.Membership;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Precision;
import org.hinterlandatlas.model.Tier;
import org.junit.jupiter.api.Test;

/** Every interface string exists in both languages, and every enum the interface names has its text. */
class MessagesTest {

    private static Properties bundle(String name, String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/i18n/" + name + "_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** All bundles of one language together, failing when two bundles define the same key. */
    private static Properties bundle(String language) throws IOException {
        Properties all = new Properties();
        for (String name : Messages.BUNDLES) {
            Properties one = bundle(name, language);
            for (String key : one.stringPropertyNames()) {
                assertNull(all.put(key, one.getProperty(key)), () -> key + " is defined twice; again in " + name);
            }
        }
        return all;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (String name : Messages.BUNDLES) {
            assertEquals(bundle(name, "zh").stringPropertyNames(), bundle(name, "en").stringPropertyNames(), name);
        }
    }

    @Test
    void noStringIsEmptyAndTheLanguagesDiffer() throws IOException {
        Properties zh = bundle("zh");
        Properties en = bundle("en");
        for (String key : zh.stringPropertyNames()) {
            assertFalse(zh.getProperty(key).isBlank(), key);
            assertFalse(en.getProperty(key).isBlank(), key);
        }
        assertNotEquals(zh.getProperty("app.title"), en.getProperty("app.title"));
    }

    @Test
    void everyEnumShownInTheInterfaceHasItsText() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            check(messages, "layer", MapLayerId.values());
            check(messages, "tier", Tier.values());
            check(messages, "role", PlaceRole.values());
            check(messages, "precision", Precision.values());
            check(messages, "type", CorridorType.values());
            check(messages, "status", CorridorStatus.values());
            check(messages, "membership", Membership.values());
            check(messages, "clusterRole", ClusterRole.values());
            check(messages, "details.kind", FeatureRef.Kind.values());
            check(messages, "legend.tier", Tier.values());
            check(messages, "legend.corridor", CorridorType.values());
            check(messages, "legend.cluster", ClusterRole.values());
            check(messages, "flowKind", FlowKind.values());
            check(messages, "legend.flow", FlowKind.values());
        }
    }

    @Test
    void chineseIsChineseEvenOnAnEnglishSystem() {
        assertEquals("战略腹地图集", Messages.of(Language.ZH).get("app.title"));
        assertEquals("Hinterland Atlas", Messages.of(Language.EN).get("app.title"));
    }

    private static void check(Messages messages, String prefix, Enum<?>[] constants) {
        for (Enum<?> constant : constants) {
            if (!(prefix.equals("legend.tier") && constant == Tier.EXTERNAL)) {
                assertFalse(messages.of(prefix, constant).isBlank());
            }
        }
    }
}
