// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The atlas's command line run as a script runs it, with what it writes to its two streams kept for the test. */
final class CapturedCommandLine {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /**
     * Runs one command line as the launcher does (plain arguments without picocli) and returns its exit code;
     * what it writes is added to what earlier runs wrote.
     */
    int run(String... args) {
        return AtlasCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Everything the runs so far wrote to the output stream. */
    String out() {
        return out.toString();
    }

    /** Everything the runs so far wrote to the error stream. */
    String err() {
        return err.toString();
    }

    /** Forgets what the runs so far wrote, so that the next run's words are looked at alone. */
    void forgetOutput() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
