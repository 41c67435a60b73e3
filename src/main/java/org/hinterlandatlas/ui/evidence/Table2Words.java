// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.render.ClusterShareMapPainter;
import org.hinterlandatlas.render.GroupedBarChartPainter;
import org.hinterlandatlas.words.Messages;

/** The words around Table 2's chart and cluster map in one language, the same on screen and on a figure. */
final class Table2Words {

    private Table2Words() {
    }

    static GroupedBarChartPainter.Captions chart(Messages messages) {
        return new GroupedBarChartPainter.Captions(messages.get("evidence.chart.axis"),
                messages.get("evidence.chart.source"));
    }

    /** The map's captions; its credits line names the data and the base map and ends with the notice. */
    static ClusterShareMapPainter.Captions map(Messages messages, ProjectTable.Industry industry) {
        return new ClusterShareMapPainter.Captions(
                messages.format("evidence.map.scale", industry.name().get(messages.language())),
                messages.get("map.southChinaSea"), messages.get("credits") + "　" + messages.get("notice"),
                messages.get("map.north"));
    }
}
