// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line for batch figures without a window: {@code export} and {@code list-views}. Errors are one
 * clear message in Chinese and English and a non-zero exit code, never a stack trace.
 */
@Command(name = "hinterland-atlas", mixinStandardHelpOptions = true, version = AtlasCli.VERSION,
        description = "Hinterland Atlas on the command line; without a subcommand the atlas window opens.",
        subcommands = {ExportCommand.class, ListViewsCommand.class, CommandLine.HelpCommand.class})
public final class AtlasCli {

    /** The name and version both the window and the commands print for {@code --version}. */
    public static final String VERSION = "Hinterland Atlas 0.1.0";
    /** Exit code of a bad argument or an unknown view id. */
    public static final int USAGE = 2;
    /** Exit code of data that cannot be loaded or a figure that cannot be written. */
    public static final int FAILED = 1;
    private static final Set<String> SUBCOMMANDS = Set.of("export", "list-views", "help");

    /** Whether the arguments ask for a subcommand rather than the window. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && SUBCOMMANDS.contains(args[0]);
    }

    /** Runs a command as the launcher does, the shipped data loading while the arguments are parsed. */
    public static int run(String[] args) {
        CliData.startLoadingShipped(args);
        return commandLine().execute(args);
    }

    /** The command line, with errors reported as messages rather than stack traces. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AtlasCli());
        commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
            line.getErr().println(UsageError.message("cli.unexpected", String.valueOf(e)));
            return FAILED;
        });
        commandLine.setParameterExceptionHandler(UsageError.parameterHandler());
        return commandLine;
    }
}
