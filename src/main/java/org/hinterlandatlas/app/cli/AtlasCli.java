// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line for batch figures without a window: {@code export} and {@code list-views}. Errors are one
 * clear message in Chinese and English and a non-zero exit code, never a stack trace.
 */
@Command(name = "hinterland-atlas", mixinStandardHelpOptions = true, version = AtlasCli.VERSION,
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

    /**
     * Runs a command as the launcher does, on the standard streams, the shipped data loading while the
     * arguments are parsed.
     */
    public static int run(String[] args) {
        CliData.startLoadingShipped(args);
        return execute(args, writer(FileDescriptor.out, "sun.stdout.encoding"),
                writer(FileDescriptor.err, "sun.stderr.encoding"));
    }

    /**
     * Runs a command, writing on the two streams given: plainly well-formed arguments of {@code export} and
     * {@code list-views} go straight to the command ({@link PlainArguments}); anything else — help, the
     * version, every mistake — through picocli, which then has its first set-up to pay.
     */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Optional<PlainArguments> plain = PlainArguments.of(args);
        try {
            if (plain.isEmpty()) {
                CommandLine commandLine = commandLine();
                commandLine.setOut(out);
                commandLine.setErr(err);
                return commandLine.execute(args);
            }
            return plain.get().command().equals("export") ? ExportCommand.of(plain.get()).run(out, err)
                    : ListViewsCommand.of(plain.get()).run(out, err);
        } catch (RuntimeException e) {
            // as picocli's execution handler below says it
            err.println(UsageError.message("cli.unexpected", String.valueOf(e)));
            return FAILED;
        } finally {
            // the launcher exits next: nothing may be left in a buffer
            out.flush();
            err.flush();
        }
    }

    /** The command line, with errors reported as messages rather than stack traces, its help in both languages. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AtlasCli());
        commandLine.setExecutionExceptionHandler((e, line, parseResult) -> {
            line.getErr().println(UsageError.message("cli.unexpected", String.valueOf(e)));
            return FAILED;
        });
        commandLine.setParameterExceptionHandler(UsageError.parameterHandler());
        UsageWords.applyTo(commandLine, "cli.help.commands");
        return commandLine;
    }

    /**
     * A writer on a standard stream in the encoding picocli would give it (the JVM's, else the default): the
     * command's own output and messages, which picocli wrote before plain arguments were read without it.
     * Only the command line writes there; everything else logs.
     */
    private static PrintWriter writer(FileDescriptor stream, String encodingProperty) {
        String name = System.getProperty(encodingProperty);
        Charset charset;
        try {
            charset = name == null ? Charset.defaultCharset()
                    : Charset.forName("cp65001".equalsIgnoreCase(name) ? "UTF-8" : name);
        } catch (IllegalArgumentException e) {
            charset = Charset.defaultCharset();
        }
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(stream), charset)), true);
    }
}
