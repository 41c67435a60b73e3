// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.hinterlandatlas.support.OverridingDataFiles;
import org.junit.jupiter.api.Test;

/** Broken evidence stops loading with one message naming the file, the entry and the problem, in both languages. */
class BadEvidenceTest {

    private static DataException failure(String file, UnaryOperator<String> change) throws IOException {
        return assertThrows(DataException.class, () -> new AtlasLoader(new OverridingDataFiles().edit(file, change)).load());
    }

    private static String first(String text, String from, String to) {
        assertTrue(text.contains(from), "the shipped file has " + from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void aShareThatDisagreesWithTheCountsNamesTheClusterAndIndustry() throws IOException {
        DataException e = failure(EvidenceLoader.TABLE2, t -> first(t, "\"4.30%\"", "\"4.40%\""));
        assertEquals(EvidenceLoader.TABLE2, e.file());
        assertEquals("chengyu", e.entry());
        assertTrue(e.problem().en().contains("4.40% in \"Pharmaceuticals\""), e.getMessage());
        assertTrue(e.problem().zh().contains("“医药”的全国占比 4.40%"), e.problem().zh());
    }

    @Test
    void aChangedCountIsCaughtByTheShares() throws IOException {
        DataException e = failure(EvidenceLoader.TABLE2, t -> first(t, "\"5 959\"", "\"6 959\""));
        assertEquals("yangtze-delta", e.entry());
    }

    @Test
    void aCellThatIsNoCountIsRefused() throws IOException {
        DataException e = failure(EvidenceLoader.TABLE2, t -> first(t, "\"3 499\"", "\"3,499\""));
        assertEquals("chengyu", e.entry());
        assertTrue(e.problem().en().contains("\"3,499\" of 510000 is not a count"), e.getMessage());
    }

    @Test
    void aMissingCellIsRefused() throws IOException {
        DataException e = failure(EvidenceLoader.TABLE2, t -> first(t, "\"1 334\", \"6\"]", "\"1 334\"]"));
        assertTrue(e.problem().en().contains("has 4 cells but the table has 5 industries"), e.getMessage());
    }

    @Test
    void aProvinceOutsideItsClusterIsRefused() throws IOException {
        DataException e = failure(EvidenceLoader.TABLE2, t -> first(t, "\"province\": \"500000\"", "\"province\": \"520000\""));
        assertEquals("chengyu", e.entry());
        assertTrue(e.problem().en().contains("520000 is not one of the cluster's provinces"), e.getMessage());
    }

    @Test
    void anUnknownUnitIsRefused() throws IOException {
        DataException e = failure(EvidenceLoader.FIGURES, t -> first(t, "\"unit\": \"yi-yuan\"", "\"unit\": \"yuan\""));
        assertEquals(EvidenceLoader.FIGURES, e.file());
        assertEquals("gdp-2022", e.entry());
        assertTrue(e.problem().en().startsWith("\"yuan\" is not a valid unit"), e.getMessage());
    }

    @Test
    void aValueThatIsNoNumberIsRefused() throws IOException {
        DataException e = failure(EvidenceLoader.FIGURES, t -> first(t, "\"77587.99\"", "\"77 587.99\""));
        assertEquals("gdp-2022", e.entry());
        assertTrue(e.problem().en().contains("\"77 587.99\" is not a number"), e.getMessage());
    }

    @Test
    void aPercentageAboveAHundredIsRefused() throws IOException {
        DataException e = failure(EvidenceLoader.FIGURES, t -> first(t, "\"value\": \"6.4\"", "\"value\": \"640\""));
        assertEquals("gdp-share-china", e.entry());
    }

    @Test
    void aStatisticWithoutAYearIsRefused() throws IOException {
        DataException e = failure(EvidenceLoader.FIGURES, t -> first(t, "\"year\": 2022, ", ""));
        assertEquals("gdp-2022", e.entry());
        assertEquals("the field \"year\" is missing", e.problem().en());
    }

    @Test
    void aStatisticWithoutASourceIsRefused() throws IOException {
        DataException e = failure(EvidenceLoader.FIGURES, t -> first(t, "\"citations\"", "\"refs\""));
        assertEquals("gdp-2022", e.entry());
        assertTrue(e.problem().en().contains("no source"), e.getMessage());
    }

    @Test
    void aFeatureThatDoesNotExistIsRefused() throws IOException {
        DataException e = failure(EvidenceLoader.CLAIMS, t -> first(t, "\"place:mianyang\"", "\"place:atlantis\""));
        assertEquals(EvidenceLoader.CLAIMS, e.file());
        assertEquals("strength-science", e.entry());
        assertEquals("the feature \"place:atlantis\" does not exist", e.problem().en());
    }

    @Test
    void aSiteMorePreciseThanItsPlaceIsRefused() throws IOException {
        DataException e = failure(EvidenceLoader.PATHS,
                t -> first(t, "\"at\": \"place:guangan\", \"precision\": \"city\"", "\"at\": \"place:guangan\", \"precision\": \"site\""));
        assertEquals("transfer-zones", e.entry());
        assertTrue(e.problem().en().contains("finer precision"), e.getMessage());
    }

    @Test
    void aSiteWhoseIdIsTakenByAPlaceIsRefused() throws IOException {
        DataException e = failure(ContentLoader.MEASURE_SITES,
                t -> first(t, "\"id\": \"panzhihua-vanadium-titanium\"", "\"id\": \"chengdu\""));
        assertEquals(ContentLoader.MEASURE_SITES, e.file());
        assertEquals("chengdu", e.entry());
    }

    @Test
    void aKeptMapSaysWhyInBothLanguages() throws IOException {
        DataException e = failure("content/paths.json", text -> text.replaceFirst(", \"keeps_map_en\": \"[^\"]*\"", ""));
        assertEquals("high-value-patents", e.entry());
        assertEquals("the field \"keeps_map_en\" is missing", e.problem().en());
    }

    @Test
    void aFigureMapNeedsWhatItIsAbout() throws IOException {
        DataException e = failure("content/key-figures.json", text -> text.replaceFirst(
                "\"about\": \\[ \"place:chengdu\", \"place:chongqing\", \"place:deyang\" \\],", ""));
        assertEquals("national-clusters", e.entry());
        assertTrue(e.problem().en().contains("only a figure with \"about\" has a map state"), e.getMessage());
    }
}
