// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.words.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** Every command's help is told in Chinese, then English, as its errors are. */
class UsageWordsTest {

    private static final Messages ZH = Messages.of(Language.ZH);
    private static final Messages EN = Messages.of(Language.EN);
    private static final Map<String, String> PICOCLI_KEYS = Map.of(
            "mixinStandardHelpOptions.help", "cli.help.helpOption",
            "mixinStandardHelpOptions.version", "cli.help.versionOption",
            "helpCommand.help", "cli.help.helpOption",
            "helpCommand.command", "cli.help.helpCommandName");

    @ParameterizedTest
    @ValueSource(strings = {"export", "list-views", "help"})
    void eachOptionIsDescribedInBothLanguages(String command) {
        CapturedCommandLine cli = new CapturedCommandLine();
        assertEquals(0, cli.run("help", command));
        String usage = squeezed(cli.out());
        assertTrue(usage.contains(squeezed(ZH.get("cli.help.usageHeading") + EN.get("cli.help.usageHeading"))), usage);
        CommandLine line = AtlasCli.commandLine().getSubcommands().get(command);
        for (ArgSpec arg : line.getCommandSpec().args()) {
            // picocli's own help options and help command have keys of their own
            String key = PICOCLI_KEYS.getOrDefault(arg.descriptionKey(), arg.descriptionKey());
            for (Messages words : List.of(ZH, EN)) {
                String text = words.get(key).replace("${DEFAULT-VALUE}", String.valueOf(arg.defaultValue()));
                assertTrue(usage.contains(squeezed(text)), command + " " + arg + ": " + text + " in " + usage);
            }
        }
    }

    @Test
    void theCommandListGivesEachCommandsSummaryInBothLanguages() {
        CapturedCommandLine cli = new CapturedCommandLine();
        assertEquals(0, cli.run("help"));
        String usage = squeezed(cli.out());
        for (String key : List.of("cli.help.commands", "cli.help.exportSummary", "cli.help.listViewsSummary",
                "cli.help.helpSummary", "cli.help.commandsHeading")) {
            assertTrue(usage.contains(squeezed(ZH.get(key))), key + " in " + usage);
            assertTrue(usage.contains(squeezed(EN.get(key))), key + " in " + usage);
        }
        // none of picocli's own English is left
        assertFalse(usage.contains("Displayhelpinformation"), usage);
        assertFalse(usage.contains("Showthishelpmessageandexit.Print"), usage);
    }

    /** Without the line breaks and indents of the usage text's wrapping. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
