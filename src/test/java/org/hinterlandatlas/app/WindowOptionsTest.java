// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.hinterlandatlas.app.cli.AtlasCli;
import org.hinterlandatlas.app.cli.UsageError;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The window's options read as the commands' do: the same messages and exit codes for the same mistakes. */
class WindowOptionsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(String... args) {
        CommandLine commandLine = WindowOptions.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int cli(String... args) {
        CommandLine commandLine = AtlasCli.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void goodOptionsAreRead() throws UsageError {
        StartupOptions options = WindowOptions.parse("--lang=EN", "--view", "national");
        assertEquals(Optional.of(Language.EN), options.language());
        assertEquals(Optional.of("national"), options.viewId());
        assertEquals(0, check("--lang=zh", "--view=circle"));
        assertEquals("", err.toString());
    }

    @Test
    void anUnknownLanguageEndsWithTheCommandsMessageAndCode() {
        assertEquals(AtlasCli.USAGE, check("--lang=fr"));
        String window = err.toString();
        assertTrue(window.contains("错误：未知语言“fr”，可用 zh、en"), window);
        assertTrue(window.contains("Error: unknown language \"fr\"; use zh or en"), window);
        assertThrows(UsageError.class, () -> WindowOptions.parse("--lang=fr"));
    }

    @Test
    void anUnknownOptionIsToldInBothLanguages() {
        assertEquals(AtlasCli.USAGE, check("--zoom=7"));
        String message = err.toString();
        assertTrue(message.contains("错误：命令行参数有误：未知选项 --zoom") && message.contains("Error: unknown option --zoom"),
                message);
        assertTrue(message.contains("hinterland-atlas --help"), message);
        assertEquals(AtlasCli.USAGE, check("--view"));
    }

    @Test
    void aDataFolderThatIsNotThereIsTheOptionsMistake() {
        UsageError error = assertThrows(UsageError.class, () -> WindowOptions.parse("--data-dir=/no/such/atlas-data"));
        assertTrue(error.zh().contains("数据文件夹 /no/such/atlas-data 不存在"), error.zh());
        assertTrue(error.en().contains("the data folder /no/such/atlas-data does not exist"), error.en());
        assertEquals(AtlasCli.USAGE, check("--data-dir", "/no/such/atlas-data"));
    }

    @Test
    void anUnknownViewIsKnownOnceTheDataIsAndListsTheValidOnes() throws UsageError {
        List<MapState> states = ShippedAtlas.atlas().content().mapStates();
        UsageError error = assertThrows(UsageError.class, () -> WindowOptions.parse("--view=circel").view(states));
        assertTrue(error.zh().startsWith("未知的视图“circel”。可用的视图：national, circle"), error.zh());
        assertTrue(error.en().contains("Valid views: national, circle"), error.en());
        // the same words as the command line's export
        cli("export", "--view", "circel", "--out", "x.png");
        assertTrue(err.toString().contains(error.getMessage()), err.toString());
        assertEquals("circle", WindowOptions.parse().view(states).id());
        assertEquals("phase-third-front", WindowOptions.parse("--view=phase-third-front").view(states).id());
    }

    @Test
    void helpAndVersionPrintAndEnd() {
        CommandLine commandLine = WindowOptions.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        assertEquals(0, commandLine.execute("--help"));
        assertTrue(commandLine.isUsageHelpRequested());
        assertTrue(out.toString().contains("--lang=zh|en") && out.toString().contains("--data-dir"), out.toString());
        // the window's usage is in both languages too
        assertTrue(out.toString().contains(Messages.of(Language.ZH).get("cli.help.windowLang"))
                && out.toString().contains(Messages.of(Language.EN).get("cli.help.windowView").substring(0, 30)), out.toString());
        commandLine = WindowOptions.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        assertEquals(0, commandLine.execute("--version"));
        assertTrue(commandLine.isVersionHelpRequested());
        assertTrue(out.toString().contains(AtlasCli.VERSION), out.toString());
    }
}
