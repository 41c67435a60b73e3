// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hinterlandatlas.model.Language;

/** The interface strings of one language, from resources/i18n/messages_*.properties. */
public final class Messages {

    private final ResourceBundle bundle;
    private final Language language;

    private Messages(ResourceBundle bundle, Language language) {
        this.bundle = bundle;
        this.language = language;
    }

    public static Messages of(Language language) {
        Locale locale = language == Language.ZH ? Locale.CHINESE : Locale.ENGLISH;
        // No fallback: a teacher with an English system locale asking for Chinese must get Chinese.
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, language);
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the interface string \"" + key + "\" is missing for " + language, e);
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), bundle.getLocale()).format(arguments);
    }

    /** The message of an enum constant, e.g. "tier.CORE". */
    public String of(String prefix, Enum<?> constant) {
        return get(prefix + "." + constant.name());
    }
}
