// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The peer renderers of ../shared/peers (Mapnik, QGIS), run beside ours when Debian's python3 has them
 * (python3-mapnik, python3-qgis). Their scripts are run as they are; a figure at another resolution than
 * their 300 DPI is made by setting the pixel size in their shared module before the script runs.
 */
final class Peers {

    private static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Path output;

    private Peers(Path directory, Path output) {
        this.directory = directory;
        this.output = output;
    }

    /**
     * The peers, when their folder is found: the system property {@code bench.peers}, else the first
     * {@code shared/peers} beside the project or one of its parent folders.
     */
    static Optional<Peers> find(Path output) {
        String given = System.getProperty("bench.peers", "");
        Optional<Path> directory = given.isEmpty() ? besideTheProject() : Optional.of(Path.of(given).toAbsolutePath());
        return directory.filter(d -> Files.isRegularFile(d.resolve("fig_mapnik.py")))
                .filter(d -> Files.isExecutable(Path.of(PYTHON)))
                .map(d -> new Peers(d.normalize(), output));
    }

    private static Optional<Path> besideTheProject() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path peers = folder.resolve("shared").resolve("peers");
            if (Files.isDirectory(peers)) {
                return Optional.of(peers);
            }
        }
        return Optional.empty();
    }

    /** Whether Debian's python3 can import a peer's module. */
    boolean has(String module) {
        try {
            Process process = new ProcessBuilder(PYTHON, "-c", "import " + module).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A peer's figure script ({@code fig_mapnik.py}, {@code fig_qgis.py}) in a fresh process. */
    Bench.Run figure(String script, String format, int iterations) throws IOException, InterruptedException {
        return Bench.timed(List.of(PYTHON, script, format, Integer.toString(iterations)), directory, environment());
    }

    /** Mapnik's A4 landscape PNG at another resolution than its script's 300 DPI. */
    Bench.Run mapnikPngAt(int dpi) throws IOException, InterruptedException {
        int width = (int) Math.round(297 / 25.4 * dpi);
        int height = (int) Math.round(210 / 25.4 * dpi);
        String patch = "import sys; sys.argv = ['fig_mapnik.py', 'png', '1']; import common; "
                + "common.FIG_W_PX, common.FIG_H_PX, common.DPI = " + width + ", " + height + ", " + dpi + "; "
                + "exec(compile(open('fig_mapnik.py').read(), 'fig_mapnik.py', 'exec'))";
        return Bench.timed(List.of(PYTHON, "-c", patch), directory, environment());
    }

    /** Mapnik's tile script: its passes' tiles per second, PNG encoding included. */
    List<Double> mapnikTilesPerSecond(int passes) throws IOException, InterruptedException {
        Bench.Run run = Bench.timed(List.of(PYTHON, "tiles_mapnik.py", Integer.toString(passes), "png", "64"),
                directory, environment());
        List<Double> rates = new ArrayList<>();
        for (JsonNode pass : json(run.out()).path("passes")) {
            rates.add(pass.path("tiles_per_s_incl_png").asDouble());
        }
        return rates;
    }

    /** The JSON object a peer script prints last. */
    static JsonNode json(String out) throws IOException {
        return JSON.readTree(out.substring(out.indexOf('{')));
    }

    private Map<String, String> environment() {
        return Map.of("PEERS_OUT", output.toString(), "PYTHONDONTWRITEBYTECODE", "1", "QT_QPA_PLATFORM", "offscreen");
    }
}
