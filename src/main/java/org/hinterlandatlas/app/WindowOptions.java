// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.hinterlandatlas.app.cli.AtlasCli;
import org.hinterlandatlas.app.cli.DataOption;
import org.hinterlandatlas.app.cli.UsageWords;
import org.hinterlandatlas.app.cli.UsageError;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The window's options, parsed by picocli like the commands': a mistake is the commands' two-language
 * message and exit code, {@code --help} and {@code --version} print and end. Whether the view exists is
 * known only once the data is loaded (it may come from {@code --data-dir}); the window checks that.
 */
@Command(name = "hinterland-atlas", mixinStandardHelpOptions = true, version = AtlasCli.VERSION, sortOptions = false)
final class WindowOptions implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "zh|en",
            descriptionKey = "cli.help.windowLang")
    private String lang;

    @Option(names = "--view", paramLabel = "ID",
            descriptionKey = "cli.help.windowView")
    private String view;

    @Mixin
    private DataOption dataOption = new DataOption();

    /** The command line that checks the window's options before the window opens. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new WindowOptions());
        commandLine.setParameterExceptionHandler(UsageError.parameterHandler());
        UsageWords.applyTo(commandLine, "cli.help.window");
        return commandLine;
    }

    /** The options of these arguments, or the error that explains what is wrong with them. */
    static StartupOptions parse(String... args) throws UsageError {
        if (args.length == 0) {
            // the usual start, from a menu or an icon: picocli's set-up costs a fresh JVM about 0.1 s
            return new StartupOptions(Optional.empty(), Optional.empty(), new DataOption().files());
        }
        WindowOptions options = new WindowOptions();
        try {
            new CommandLine(options).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw UsageError.of(e);
        }
        return options.startup();
    }

    private StartupOptions startup() throws UsageError {
        return new StartupOptions(lang == null ? Optional.empty() : Optional.of(UsageError.language(lang)),
                Optional.ofNullable(view), dataOption.files());
    }

    @Override
    public Integer call() {
        try {
            startup();
            return 0;
        } catch (UsageError e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().flush();
            return AtlasCli.USAGE;
        }
    }
}
