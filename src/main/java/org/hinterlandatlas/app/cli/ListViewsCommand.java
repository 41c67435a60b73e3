// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.model.MapState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists every map state a figure can be made of: id, Chinese title, English title. */
@Command(name = "list-views", mixinStandardHelpOptions = true, version = AtlasCli.VERSION)
public final class ListViewsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption dataOption = new DataOption();

    /** The command as picocli would have made it of the same arguments. */
    static ListViewsCommand of(PlainArguments arguments) {
        ListViewsCommand command = new ListViewsCommand();
        command.dataOption = new DataOption(arguments.path(DataOption.NAME));
        return command;
    }

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Lists the views on {@code out}, a problem on {@code err}; the exit code. */
    int run(PrintWriter out, PrintWriter err) {
        try {
            for (MapState state : CliData.load(dataOption.files()).atlas().content().mapStates()) {
                out.println(state.id() + "\t" + state.title().zh() + "\t" + state.title().en());
            }
            out.flush();
            return 0;
        } catch (UsageError e) {
            err.println(e.getMessage());
            return AtlasCli.USAGE;
        } catch (DataException e) {
            err.println(CliData.describe(e));
            return AtlasCli.FAILED;
        }
    }
}
