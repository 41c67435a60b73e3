// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.pack;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.MapBody;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.quiz.EmptyQuizException;
import org.hinterlandatlas.render.quiz.Question;
import org.hinterlandatlas.render.quiz.Quiz;
import org.hinterlandatlas.render.quiz.QuizItem;
import org.hinterlandatlas.render.quiz.QuizKind;
import org.hinterlandatlas.render.quiz.QuizSet;
import org.hinterlandatlas.render.quiz.QuizSets;

/**
 * The pages of a lesson's print pack: a cover, one page per step (its map figure, caption and notes), then a
 * blank-map worksheet of the circle's nodes and its answer key. Every page is a figure
 * painted by the one page painter, with the sources of what it shows and the notice in its footer.
 */
public final class PrintPack {

    /** The worksheet's numbering is the quiz engine's order for this seed, the same in every pack. */
    public static final long WORKSHEET_SEED = 1;
    /** Free space around the worksheet's places, as a share of their extent. */
    private static final double WORKSHEET_MARGIN = 0.12;
    private static final Set<Furniture> PAGE = EnumSet.of(Furniture.TITLE, Furniture.CREDITS, Furniture.NOTICE);

    private final MapPainter painter;
    private final LegendPainter legendPainter;
    private final AtlasContent content;
    private final BaseMapData baseMap;

    public PrintPack(MapPainter painter, LegendPainter legendPainter, AtlasContent content, BaseMapData baseMap) {
        this.painter = painter;
        this.legendPainter = legendPainter;
        this.content = content;
        this.baseMap = baseMap;
    }

    public PagePainter pagePainter() {
        return new PagePainter(painter.fonts());
    }

    public List<Figure> pages(Lesson lesson, PageSize page, PackWords words) {
        List<Figure> pages = new ArrayList<>();
        String title = lesson.title().get(words.language());
        List<String> captions = lesson.steps().stream().map(s -> s.caption().get(words.language())).toList();
        pages.add(new Figure(spec(page, words, title, PAGE), words.figure(),
                new CoverBody(painter.fonts(), words.format("pack.cover.subtitle", String.valueOf(captions.size())),
                        words.get("pack.cover.contents"), captions), Optional.empty()));
        for (int i = 0; i < lesson.steps().size(); i++) {
            pages.add(step(lesson.steps().get(i), i + 1, page, words));
        }
        List<QuizItem> places = worksheetPlaces();
        if (!places.isEmpty()) {
            MapState state = worksheetState(places);
            pages.add(worksheet(state, places, page, words, false));
            pages.add(worksheet(state, places, page, words, true));
        }
        return pages;
    }

    private Figure step(LessonStep step, int number, PageSize page, PackWords words) {
        String caption = step.caption().get(words.language());
        var texts = words.citing(content, step.citation());
        MapBody map = new MapBody(painter, legendPainter, content, baseMap, step.map(), words.language(),
                EnumSet.of(Furniture.LEGEND, Furniture.SCALE_BAR, Furniture.NORTH_ARROW), texts)
                .withInk(step.annotations());
        return new Figure(spec(page, words, number + ". " + caption, PAGE), texts,
                new StepBody(map, painter.fonts(), words.get("pack.notes"), step.notes().get(words.language())),
                Optional.empty());
    }

    private Figure worksheet(MapState state, List<QuizItem> places, PageSize page, PackWords words, boolean answers) {
        String title = words.get(answers ? "pack.answers.title" : "pack.worksheet.title");
        return new Figure(spec(page, words, title, PAGE), words.figure(),
                new WorksheetBody(painter, content, baseMap, state, words.language(), words.figure(), places,
                        answers, words.get("pack.worksheet.instructions"), words.get("pack.table.number"),
                        words.get("pack.table.name")), Optional.empty());
    }

    /** The circle's nodes of every tier, numbered in the quiz engine's order for the pack's seed. */
    List<QuizItem> worksheetPlaces() {
        List<QuizItem> items = Stream.of(Tier.CORE, Tier.SECONDARY, Tier.TERTIARY)
                .flatMap(t -> QuizSets.tier(content, t).items().stream()).toList();
        try {
            return Quiz.start(new QuizSet("worksheet", "quiz.set.lesson", items), QuizKind.LOCATE, items.size(),
                    WORKSHEET_SEED).questions().stream().map(Question::target).toList();
        } catch (EmptyQuizException e) {
            // content without circle nodes: the pack then has no worksheet
            return List.of();
        }
    }

    private static MapState worksheetState(List<QuizItem> places) {
        double west = places.stream().mapToDouble(p -> p.shape().get(0).lon()).min().orElseThrow();
        double east = places.stream().mapToDouble(p -> p.shape().get(0).lon()).max().orElseThrow();
        double south = places.stream().mapToDouble(p -> p.shape().get(0).lat()).min().orElseThrow();
        double north = places.stream().mapToDouble(p -> p.shape().get(0).lat()).max().orElseThrow();
        double padX = Math.max(0.3, (east - west) * WORKSHEET_MARGIN);
        double padY = Math.max(0.3, (north - south) * WORKSHEET_MARGIN);
        return new MapState("worksheet", new Bilingual("", ""), new GeoPoint(west - padX, south - padY),
                new GeoPoint(east + padX, north + padY), MapLayerId.defaults(), Set.of());
    }

    private static FigureSpec spec(PageSize page, PackWords words, String title, Set<Furniture> furniture) {
        return new FigureSpec(page, FigureSpec.MIN_DPI, FigureFormat.PDF, words.language(), title, furniture);
    }
}
