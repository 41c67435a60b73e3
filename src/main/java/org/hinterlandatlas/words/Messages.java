// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.words;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Language;

/**
 * The interface strings of one language, from resources/i18n/{bundle}_{zh,en}.properties. Each part of
 * the interface keeps its strings in a bundle of its own; a key is looked up in all of them.
 */
public final class Messages {

    /** The bundles, by base name; their keys must not overlap. */
    public static final List<String> BUNDLES = List.of("messages", "story", "figures", "evidence", "desktop", "cli", "errors",
            "data", "quiz", "classroom_ink");

    private final List<ResourceBundle> bundles;
    private final Language language;

    private Messages(List<ResourceBundle> bundles, Language language) {
        this.bundles = bundles;
        this.language = language;
    }

    public static Messages of(Language language) {
        Locale locale = localeOf(language);
        // No fallback: a teacher with an English system locale asking for Chinese must get Chinese.
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        List<ResourceBundle> bundles = BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle("i18n." + name, locale, noFallback))
                .toList();
        return new Messages(bundles, language);
    }

    public static Locale localeOf(Language language) {
        return language == Language.ZH ? Locale.CHINESE : Locale.ENGLISH;
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("the interface string \"" + key + "\" is missing for " + language,
                Messages.class.getName(), key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), localeOf(language)).format(arguments);
    }

    /**
     * A message in both languages, for what is told in both at once (an error on the command line, in a
     * data file or a figure file). The arguments are put in as they are: no number is reformatted.
     */
    public static Bilingual bilingual(String key, String... arguments) {
        return new Bilingual(of(Language.ZH).format(key, (Object[]) arguments),
                of(Language.EN).format(key, (Object[]) arguments));
    }

    /**
     * A message in both languages whose arguments may differ by language (a name, a list joined in each
     * language's way): a {@link Bilingual} argument is put in in each message's language, any other as
     * {@link String#valueOf(Object)} gives it, so no number is reformatted.
     */
    public static Bilingual perLanguage(String key, Object... arguments) {
        Object[] zh = new Object[arguments.length];
        Object[] en = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            zh[i] = arguments[i] instanceof Bilingual b ? b.zh() : String.valueOf(arguments[i]);
            en[i] = arguments[i] instanceof Bilingual b ? b.en() : String.valueOf(arguments[i]);
        }
        return new Bilingual(of(Language.ZH).format(key, zh), of(Language.EN).format(key, en));
    }

    /** Items joined by the list separator of each language ("a、b", "a, b"), or by its "or". */
    public static Bilingual joined(List<String> items, String separatorKey) {
        return new Bilingual(String.join(of(Language.ZH).get(separatorKey), items),
                String.join(of(Language.EN).get(separatorKey), items));
    }

    /** The message of an enum constant, e.g. "tier.CORE". */
    public String of(String prefix, Enum<?> constant) {
        return get(prefix + "." + constant.name());
    }
}
