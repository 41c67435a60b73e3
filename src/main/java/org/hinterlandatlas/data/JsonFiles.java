// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.hinterlandatlas.model.Bilingual;

/** Reads a data file as a JSON tree, turning I/O and syntax errors into {@link DataException}s. */
final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DataFiles files;

    JsonFiles(DataFiles files) {
        this.files = files;
    }

    JsonNode read(String path) throws DataException {
        try (InputStream in = files.open(path)) {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || !root.isObject()) {
                throw new DataException(path, "", new Bilingual("文件不是 JSON 对象", "the file is not a JSON object"));
            }
            return root;
        } catch (FileNotFoundException e) {
            throw new DataException(path, "", new Bilingual("文件不存在", "the file is missing"), e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            String whereZh = e.getLocation() == null ? ""
                    : "（第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列）";
            throw new DataException(path, "", new Bilingual("JSON 格式错误" + whereZh + "：" + e.getOriginalMessage(),
                    "malformed JSON" + where + ": " + e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new DataException(path, "", new Bilingual("无法读取文件：" + e.getMessage(),
                    "cannot read the file: " + e.getMessage()), e);
        }
    }
}
