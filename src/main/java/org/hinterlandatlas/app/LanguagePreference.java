// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hinterlandatlas.model.Language;

/** The language the teacher chose last, kept in the user's preferences so the atlas opens in it next time. */
final class LanguagePreference {

    private static final Logger LOG = Logger.getLogger(LanguagePreference.class.getName());
    private static final String KEY = "language";

    private final Preferences node;

    LanguagePreference(Preferences node) {
        this.node = node;
    }

    static LanguagePreference user() {
        return new LanguagePreference(Preferences.userRoot().node("org/hinterlandatlas"));
    }

    Optional<Language> remembered() {
        String value = node.get(KEY, null);
        for (Language language : Language.values()) {
            if (language.name().equals(value)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    void remember(Language language) {
        node.put(KEY, language.name());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Not remembering the language is no reason to disturb the lesson; the next start uses Chinese.
            LOG.log(Level.WARNING, "Could not store the language preference", e);
        }
    }
}
