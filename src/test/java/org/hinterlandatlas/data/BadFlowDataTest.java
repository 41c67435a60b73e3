// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.support.OverridingDataFiles;
import org.junit.jupiter.api.Test;

/** A broken flow stops loading with a message naming flows.json, the flow and the problem, in both languages. */
class BadFlowDataTest {

    private static final String FLOWS = "geodata/thematic/flows.json";

    private static DataException failure(UnaryOperator<String> edit) throws IOException {
        OverridingDataFiles files = new OverridingDataFiles().edit(FLOWS, edit::apply);
        DataException e = assertThrows(DataException.class, () -> new AtlasLoader(files).load());
        assertEquals(FLOWS, e.file());
        assertTrue(!e.problem().zh().isBlank() && !e.problem().en().isBlank(), e.describe(Language.ZH));
        return e;
    }

    @Test
    void anEndThatNamesNoFeatureIsRefused() throws IOException {
        DataException e = failure(text -> text.replace("\"ref\": \"place:nanjing\"", "\"ref\": \"place:atlantis\""));
        assertEquals("rear-area-government", e.entry());
        assertEquals("from names an unknown feature \"place:atlantis\"", e.problem().en());
    }

    @Test
    void anEndOfAnotherKindIsRefused() throws IOException {
        DataException e = failure(text -> text.replace("\"ref\": \"place:nanjing\"", "\"ref\": \"corridor:chengyu-hsr\""));
        assertTrue(e.problem().en().contains("must be place:, region: or cluster:"), e.getMessage());
    }

    @Test
    void anAreaWithoutItsPointIsRefused() throws IOException {
        DataException e = failure(text -> text.replace(", \"at\": [120.2, 29.4]", ""));
        assertEquals("rear-area-institutions", e.entry());
        assertTrue(e.problem().en().startsWith("from.at must be the point"), e.getMessage());
    }

    @Test
    void aPointOutsideItsAreaIsRefused() throws IOException {
        // 104.0, 30.6 is Chengdu: not in the eastern region
        DataException e = failure(text -> text.replace("[120.2, 29.4]", "[104.0, 30.6]"));
        assertEquals("rear-area-institutions", e.entry());
        assertEquals("the arrow's point 104.0, 30.6 is not inside the area \"The coast\"", e.problem().en());
    }

    @Test
    void aPointGivenForAPlaceIsRefused() throws IOException {
        DataException e = failure(text -> text.replace("\"ref\": \"place:nanjing\"",
                "\"ref\": \"place:nanjing\", \"at\": [118.8, 32.1]"));
        assertTrue(e.problem().en().contains("is for areas only"), e.getMessage());
    }

    @Test
    void aFlowWithoutASourceOrWithAnUnknownOneIsRefused() throws IOException {
        DataException unknown = failure(text -> text.replace("\"source\": \"cqnews-2021-11-29-wartime-capital\"",
                "\"source\": \"nowhere-2099\""));
        assertEquals("rear-area-government", unknown.entry());
        assertTrue(unknown.problem().en().contains("\"nowhere-2099\" is not in content/sources.json"));
        DataException none = failure(text -> text.replaceFirst("\"citations\"", "\"refs\""));
        assertTrue(none.problem().en().contains("no source"), none.getMessage());
    }

    @Test
    void anUnknownKindIsRefused() throws IOException {
        DataException e = failure(text -> text.replaceFirst("\"kind\": \"relocation\"", "\"kind\": \"teleport\""));
        assertTrue(e.problem().en().contains("teleport"), e.getMessage());
    }
}
