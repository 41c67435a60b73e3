// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.NamedView;
import org.hinterlandatlas.render.Legend;
import org.hinterlandatlas.render.MapCard;
import org.hinterlandatlas.render.MapFrame;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.OverlayScene;
import org.hinterlandatlas.render.PlacedCard;
import org.hinterlandatlas.render.PlacedLabel;
import org.hinterlandatlas.render.ResolvedScene;
import org.hinterlandatlas.render.ShownNode;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The labels of the real content at every classroom size, in both languages, in the named views and at every
 * story and evidence step, on the map area the window gives at that size (with its panels, and with them
 * hidden; with the legend card on the map wherever the window shows it): each label touches its own symbol, none overlaps another or the furniture, and the two cores and
 * the three secondary nodes are labelled wherever they are in view.
 */
class ClassroomLabelsTest {

    /** The cores and the secondary nodes, which must be labelled at every size. */
    private static final List<String> ESSENTIAL = List.of("chengdu", "chongqing", "deyang", "mianyang", "rongchang");
    /** As the map control fits a state's bounds. */
    private static final double FIT_MARGIN = 24;
    private static final double CAPTION_MAX = 420;
    private static final double CAPTION_MARGIN = 12;

    private final Atlas atlas = ShippedAtlas.atlas();
    private final MapPainter painter = ShippedAtlas.painter();

    @ParameterizedTest
    @CsvSource({"1024, 768", "1280, 800", "1366, 768", "1920, 1080", "3840, 2160"})
    void labelsStandBesideTheirOwnSymbolsAtEveryStep(double windowWidth, double windowHeight) {
        ShellLayout layout = ShellLayout.forWidth(windowWidth);
        double height = ShellLayout.mapHeight(windowHeight);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        // as the window opens (a narrow one with the tools' drawer closed and the legend card on the map), and
        // with both panels hidden, as on a projector
        boolean cardsAsOpened = !layout.docked();
        List<double[]> maps = List.of(new double[] {layout.mapWidth(windowWidth, true, layout.docked()),
                cardsAsOpened ? 1 : 0}, new double[] {windowWidth, 1});
        for (double[] map : maps) {
            for (Language language : Language.values()) {
                for (MapState state : states()) {
                    check(state, language, map[0], height, map[1] == 1, !layout.docked(), problems);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "the steps were walked");
        assertTrue(problems.isEmpty(), problems.size() + " problems, e.g.\n" + String.join("\n",
                problems.subList(0, Math.min(15, problems.size()))));
    }

    private List<MapState> states() {
        List<MapState> states = new ArrayList<>();
        for (NamedView view : atlas.content().views()) {
            states.add(MapState.of(view));
        }
        states.addAll(atlas.content().story().mapStates());
        states.addAll(atlas.content().evidence().mapStates());
        return states;
    }

    private void check(MapState state, Language language, double width, double height, boolean legendCard,
                       boolean drawerTab, List<String> problems) {
        Viewport viewport = Viewport.fitting(state.southWest().lon(), state.southWest().lat(),
                state.northEast().lon(), state.northEast().lat(), width, height, FIT_MARGIN);
        MapFrame frame = MapFrame.of(viewport, EnumSet.allOf(MapFrame.Part.class)).withBottomStrip(44)
                .keepingClear(caption(state.title().get(language)));
        if (drawerTab) {
            frame = frame.keepingClear(new Rectangle2D.Double(width - 52 - 130, 12, 130, 28));
        }
        OverlayScene scene = new OverlayScene(atlas.content(), atlas.baseMap(), state.layers(), language,
                state.highlighted());
        Messages messages = Messages.of(language);
        ResolvedScene resolved = painter.resolve(scene, viewport, frame, drawn -> legendCard
                ? List.of(new MapCard.Legend("legend", messages.get("panel.legend"), Legend.compact(drawn), messages::get))
                : List.of());
        String where = state.id() + " " + language + " " + (int) width + "×" + (int) height + ": ";
        MapFrame beforeCards = frame;
        List<PlacedLabel> labels = resolved.labels();
        for (int i = 0; i < labels.size(); i++) {
            PlacedLabel label = labels.get(i);
            if (label.request().clearance() > 0) {
                double distance = label.distanceFromSymbol();
                if (distance < -1e-6 || distance > label.gap() + 1e-6) {
                    problems.add(where + label.key() + " stands " + distance + " px from its symbol (gap "
                            + label.gap() + ")");
                }
            }
            for (Rectangle2D reserved : resolved.frame().reserved()) {
                if (reserved.intersects(label.text())) {
                    problems.add(where + label.key() + " overlaps the furniture at " + reserved);
                }
            }
            for (int j = 0; j < i; j++) {
                if (labels.get(j).text().intersects(label.text())) {
                    problems.add(where + label.key() + " overlaps " + labels.get(j).key());
                }
            }
        }
        for (String id : ESSENTIAL) {
            // a card on the map never hides a core or a secondary node that is in the map
            resolved.node(id).filter(node -> inView(node, resolved, beforeCards)).ifPresent(node -> {
                for (PlacedCard card : resolved.cards()) {
                    if (card.box().intersects(node.x() - node.extent(), node.y() - node.extent(), 2 * node.extent(),
                            2 * node.extent())) {
                        problems.add(where + id + " is hidden under the " + card.card().getClass().getSimpleName()
                                + " card");
                    }
                }
            });
            resolved.node(id).filter(node -> inView(node, resolved, resolved.frame())).ifPresent(node -> {
                if (resolved.label("place:" + id).isEmpty()) {
                    problems.add(where + id + " is in view but not labelled");
                }
            });
        }
    }

    /**
     * Whether a node is in view: its symbol inside the map, clear of the furniture, and far enough from the
     * edges that a name can stand beside it at all.
     */
    private static boolean inView(ShownNode node, ResolvedScene resolved, MapFrame frame) {
        double reach = 60;
        Rectangle2D symbol = new Rectangle2D.Double(node.x() - node.extent(), node.y() - node.extent(),
                2 * node.extent(), 2 * node.extent());
        boolean inside = node.x() >= reach && node.y() >= reach && node.x() <= resolved.viewport().width() - reach
                && node.y() <= resolved.viewport().height() - reach;
        return inside && frame.reserved().stream().noneMatch(r -> r.intersects(symbol));
    }

    /** The caption's box as the map control lays it out: 16 px bold, padded, wrapped at its largest width. */
    private static Rectangle2D caption(String title) {
        Font font = ShippedAtlas.fonts().font(16, true);
        double text = font.getStringBounds(title, new java.awt.font.FontRenderContext(null, true, true)).getWidth();
        double inner = CAPTION_MAX - 20;
        int lines = (int) Math.ceil(text / inner);
        return new Rectangle2D.Double(CAPTION_MARGIN, CAPTION_MARGIN, Math.min(text, inner) + 20, lines * 22 + 8);
    }
}
