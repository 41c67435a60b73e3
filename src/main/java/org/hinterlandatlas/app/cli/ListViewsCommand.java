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
@Command(name = "list-views", mixinStandardHelpOptions = true, version = AtlasCli.VERSION,
        description = "Lists the ids of every view that can be exported, with their Chinese and English titles.")
public final class ListViewsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataOption dataOption = new DataOption();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            for (MapState state : CliData.load(dataOption.files()).atlas().content().mapStates()) {
                out.println(state.id() + "\t" + state.title().zh() + "\t" + state.title().en());
            }
            out.flush();
            return 0;
        } catch (UsageError e) {
            spec.commandLine().getErr().println(e.getMessage());
            return AtlasCli.USAGE;
        } catch (DataException e) {
            spec.commandLine().getErr().println(CliData.describe(e));
            return AtlasCli.FAILED;
        }
    }
}
