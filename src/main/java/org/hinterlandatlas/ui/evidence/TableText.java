// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.figure.io.AtomicFile;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ProjectTable;

/**
 * Table 2 as text: the rows as the paper prints them (the cluster's name on its first row, then a row of
 * national shares), tab-separated for the clipboard or as CSV for spreadsheets. In CSV the counts are
 * plain numbers ("3499", so a spreadsheet can add them) and the shares and dashes stay as printed.
 */
final class TableText {

    /** Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; without one Chinese is garbled. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private TableText() {
    }

    /** The header and the rows, each a list of cells, in the chosen language. */
    static List<List<String>> rows(ProjectTable table, Language language, String regionHeader, String provinceHeader,
                                   String shareLabel, boolean printedCounts) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(regionHeader, provinceHeader));
        table.industries().forEach(i -> header.add(i.name().get(language)));
        rows.add(header);
        for (ProjectTable.Block block : table.clusters()) {
            boolean first = true;
            for (ProjectTable.Row row : block.rows()) {
                List<String> cells = new ArrayList<>(List.of(first ? block.name().get(language) : "", row.name().get(language)));
                for (ProjectTable.Count count : row.cells()) {
                    cells.add(printedCounts || count.value() == null ? count.printed() : String.valueOf(count.value()));
                }
                rows.add(cells);
                first = false;
            }
            List<String> shares = new ArrayList<>(List.of("", shareLabel));
            block.shares().forEach(s -> shares.add(s.printed()));
            rows.add(shares);
        }
        return rows;
    }

    static String tabSeparated(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            text.append(String.join("\t", row)).append('\n');
        }
        return text.toString();
    }

    /** RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted. */
    static String csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);
        for (List<String> row : rows) {
            List<String> fields = new ArrayList<>();
            for (String cell : row) {
                boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
                fields.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append(String.join(",", fields)).append("\r\n");
        }
        return text.toString();
    }

    /**
     * Writes through {@link AtomicFile}: a temporary file beside the target moved into place, so never a
     * half-written file, with the permissions of the file it replaces or the folder's usual ones.
     */
    static void write(Path target, String text) throws IOException {
        AtomicFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
