// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.render.ClusterShading;
import org.hinterlandatlas.render.ClusterShareMapPainter;
import org.hinterlandatlas.render.GroupedBarChartPainter;
import org.hinterlandatlas.render.OverlayScene;

/**
 * Makes figures of the evidence's Table 2: its grouped bar chart and its map of the clusters' national
 * shares, for one industry, painted by the painters of the evidence panel. Each figure remembers the
 * table, the industry and the view, and the table's national map as its map state.
 */
public final class TableFigures {

    private static final Set<Furniture> CHART_FURNITURE = EnumSet.of(Furniture.TITLE, Furniture.LEGEND,
            Furniture.CREDITS);
    private static final Set<Furniture> MAP_FURNITURE = EnumSet.allOf(Furniture.class);

    private final GroupedBarChartPainter chartPainter;
    private final ClusterShareMapPainter mapPainter;
    private final AtlasContent content;
    private final BaseMapData baseMap;

    public TableFigures(GroupedBarChartPainter chartPainter, ClusterShareMapPainter mapPainter, AtlasContent content,
                        BaseMapData baseMap) {
        this.chartPainter = chartPainter;
        this.mapPainter = mapPainter;
        this.content = content;
        this.baseMap = baseMap;
    }

    /**
     * The furniture that makes sense on a view of the table: a chart has a legend but no scale bar, north
     * arrow or map notice; the map has them all.
     */
    public static Set<Furniture> furniture(TableFigureState.Kind kind) {
        return kind == TableFigureState.Kind.CHART ? CHART_FURNITURE : MAP_FURNITURE;
    }

    /** The one dataset behind the chart, the map and the table on screen. */
    public ProjectTable table() {
        return content.evidence().table2();
    }

    /** The grouped bar chart with {@code industry} marked. */
    public Figure chart(FigureSpec spec, ProjectTable.Industry industry, FigureTexts texts,
                        GroupedBarChartPainter.Captions captions) {
        FigureSpec applicable = applicable(spec, TableFigureState.Kind.CHART);
        TableChartBody body = new TableChartBody(chartPainter, table(), table().indexOf(industry), spec.language(),
                captions, applicable.has(Furniture.LEGEND));
        return new Figure(applicable, texts, body, state(applicable, industry, TableFigureState.Kind.CHART));
    }

    /** The national map of the clusters coloured by their share in {@code industry}. */
    public Figure map(FigureSpec spec, ProjectTable.Industry industry, FigureTexts texts,
                      ClusterShareMapPainter.Captions captions) {
        FigureSpec applicable = applicable(spec, TableFigureState.Kind.MAP);
        Evidence evidence = content.evidence();
        OverlayScene scene = new OverlayScene(content, baseMap, ClusterShareMapPainter.LAYERS, spec.language(),
                Set.of(), new ClusterShading(table().shares(industry), table().maxShare()));
        ClusterShareMapBody body = new ClusterShareMapBody(mapPainter, evidence.tableState(), scene, captions,
                applicable.furniture());
        return new Figure(applicable, texts, body, state(applicable, industry, TableFigureState.Kind.MAP));
    }

    private static FigureSpec applicable(FigureSpec spec, TableFigureState.Kind kind) {
        Set<Furniture> kept = EnumSet.noneOf(Furniture.class);
        kept.addAll(spec.furniture());
        kept.retainAll(furniture(kind));
        return new FigureSpec(spec.page(), spec.dpi(), spec.format(), spec.language(), spec.title(), kept);
    }

    private Optional<FigureState> state(FigureSpec spec, ProjectTable.Industry industry, TableFigureState.Kind kind) {
        return Optional.of(new FigureState(content.evidence().tableState(), spec.language(), spec.title(),
                Optional.of(new TableFigureState(table().id(), industry.id(), kind))));
    }
}
