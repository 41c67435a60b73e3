// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table 2 copied as tab-separated text and saved as CSV that a spreadsheet opens with its Chinese intact. */
class TableTextTest {

    private final ProjectTable table = ShippedAtlas.atlas().content().evidence().table2();

    private List<List<String>> rows(boolean printed) {
        return TableText.rows(table, Language.ZH, "地区", "省份", "全国占比", printed);
    }

    @Test
    void theCopyHasTheTableAsPrinted() {
        String[] lines = TableText.tabSeparated(rows(true)).split("\n");
        assertEquals(1 + 12 + 4, lines.length, "header, 12 provinces, 4 share rows");
        assertEquals("地区\t省份\t医药\t电子及通信设备\t计算机及办公设备\t医疗仪器设备及仪器仪表\t信息化学品", lines[0]);
        assertEquals("成渝地区\t四川\t3 499\t4 228\t345\t1 334\t6", lines[1]);
        assertEquals("\t全国占比\t4.30%\t2.46%\t3.55%\t2.73%\t0.88%", lines[3]);
        assertEquals("\t天津\t1 129\t1 735\t247\t974\t—", lines[5]);
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndHasPlainNumbers() {
        String csv = TableText.csv(rows(false));
        assertTrue(csv.startsWith("\uFEFF地区,省份,医药"), csv.substring(0, 20));
        assertTrue(csv.contains("\r\n成渝地区,四川,3499,4228,345,1334,6\r\n"), csv);
        assertTrue(csv.contains(",全国占比,4.30%,2.46%"), csv);
    }

    @Test
    void fieldsWithCommasOrQuotesAreQuoted() {
        assertEquals("\uFEFFa,\"b,c\",\"say \"\"hi\"\"\"\r\n", TableText.csv(List.of(List.of("a", "b,c", "say \"hi\""))));
    }

    @Test
    void savingReplacesTheFileWholeAndLeavesNoTemporaryFile(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("table2.csv");
        Files.writeString(target, "old");
        TableText.write(target, TableText.csv(rows(false)));
        assertTrue(Files.readString(target, StandardCharsets.UTF_8).startsWith("\uFEFF地区"));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aNewCsvHasTheFolderUsualPermissionsNotOwnerOnly(@TempDir Path folder) throws IOException {
        Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path usual = Files.createFile(folder.resolve("usual.txt"));
        Path target = folder.resolve("table2.csv");
        TableText.write(target, TableText.csv(rows(false)));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(target));
    }
}
