// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.words.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The usage text ({@code --help}) in both languages, as the command line's errors are: picocli reads its
 * headings and descriptions from this bundle, each description as two lines, the Chinese, then the English,
 * each heading and each subcommand's summary as one line, Chinese then English. The words are the {@code cli.help.*} keys of the cli bundle.
 * <p>
 * Picocli asks for a description as the lines {@code KEY.0}, {@code KEY.1}, … of its key (an option's
 * {@code descriptionKey}, which is then a key of the cli bundle; {@code QUALIFIED-NAME.usage.description}
 * for a command) and for a heading by its exact key; a key this bundle does not list keeps picocli's text.
 */
public final class UsageWords extends ResourceBundle {

    private static final String ATLAS = "hinterland-atlas.";
    /** Picocli's key of each text that is not an option's own descriptionKey, and the words for it. */
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            ATLAS + "export.usage.description", "cli.help.export",
            ATLAS + "list-views.usage.description", "cli.help.listViews",
            ATLAS + "help.usage.description", "cli.help.help",
            "mixinStandardHelpOptions.help", "cli.help.helpOption",
            "mixinStandardHelpOptions.version", "cli.help.versionOption",
            "helpCommand.help", "cli.help.helpOption",
            "helpCommand.command", "cli.help.helpCommandName");
    /** Picocli's key of each subcommand's one-line summary (the first line of its help and its line in the list). */
    private static final Map<String, String> SUMMARIES = Map.of(
            ATLAS + "export.usage.header", "cli.help.exportSummary",
            ATLAS + "list-views.usage.header", "cli.help.listViewsSummary",
            ATLAS + "help.usage.header", "cli.help.helpSummary");
    /** Picocli's heading keys and the words for them, the first followed by its line, the others on their own. */
    private static final String SYNOPSIS_HEADING = "usage.synopsisHeading";
    private static final Map<String, String> HEADINGS = Map.of(
            SYNOPSIS_HEADING, "cli.help.usageHeading",
            "usage.commandListHeading", "cli.help.commandsHeading",
            "usage.optionListHeading", "cli.help.optionsHeading");

    private final Map<String, String> texts = new LinkedHashMap<>();

    private UsageWords(CommandLine line, String description) {
        Messages zh = Messages.of(Language.ZH);
        Messages en = Messages.of(Language.EN);
        Map<String, String> descriptions = new LinkedHashMap<>(DESCRIPTIONS);
        descriptions.put(ATLAS + "usage.description", description);
        optionKeys(line, descriptions);
        descriptions.forEach((picocliKey, key) -> {
            texts.put(picocliKey + ".0", zh.get(key));
            texts.put(picocliKey + ".1", en.get(key));
        });
        SUMMARIES.forEach((picocliKey, key) -> texts.put(picocliKey + ".0", zh.get(key) + " / " + en.get(key)));
        HEADINGS.forEach((picocliKey, key) -> {
            String both = zh.get(key) + " " + en.get(key);
            texts.put(picocliKey, picocliKey.equals(SYNOPSIS_HEADING) ? both + " " : "%n" + both + "%n");
        });
    }

    /**
     * Gives the command line (the commands' or the window's) its usage text in both languages; the top
     * command's description is {@code description}, a key of the cli bundle.
     */
    public static void applyTo(CommandLine line, String description) {
        line.setResourceBundle(new UsageWords(line, description));
    }

    /** Each option's descriptionKey, a key of the cli bundle, here and in every subcommand. */
    private static void optionKeys(CommandLine line, Map<String, String> descriptions) {
        for (ArgSpec arg : line.getCommandSpec().args()) {
            String key = arg.descriptionKey();
            if (key != null && key.startsWith("cli.help.")) {
                descriptions.put(key, key);
            }
        }
        line.getSubcommands().values().forEach(sub -> optionKeys(sub, descriptions));
    }

    @Override
    protected Object handleGetObject(String key) {
        return texts.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }
}
