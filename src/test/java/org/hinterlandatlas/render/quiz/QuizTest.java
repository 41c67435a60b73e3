// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

class QuizTest {

    private static QuizItem place(String id, double lon, double lat) {
        return new QuizItem(new FeatureRef(FeatureRef.Kind.PLACE, id), new Bilingual(id + "市", id),
                List.of(new GeoPoint(lon, lat)));
    }

    private static final QuizSet FIVE = new QuizSet("five", "quiz.set.lesson", List.of(
            place("a", 104.0, 30.6), place("b", 106.5, 29.5), place("c", 105.0, 29.0),
            place("d", 104.7, 31.4), place("e", 107.4, 31.2)));

    private static List<String> order(Quiz quiz) {
        return quiz.questions().stream().map(q -> q.target().ref().id()).toList();
    }

    @Test
    void aSeedFixesTheOrderAndAnotherSeedChangesIt() throws EmptyQuizException {
        Quiz first = Quiz.start(FIVE, QuizKind.LOCATE, 5, 42);
        assertThat(order(first)).containsExactly("d", "c", "a", "e", "b");
        assertThat(order(Quiz.start(FIVE, QuizKind.LOCATE, 5, 42))).isEqualTo(order(first));
        assertThat(order(Quiz.start(FIVE, QuizKind.LOCATE, 5, 7))).containsExactlyInAnyOrder("a", "b", "c", "d", "e")
                .isNotEqualTo(order(first));
    }

    @Test
    void scoresClicksAndListsTheMistakesInOrder() throws EmptyQuizException {
        Viewport viewport = Viewport.fitting(103, 28, 108, 32, 1000, 800, 0);
        Quiz quiz = Quiz.start(FIVE, QuizKind.LOCATE, 3, 42);
        // the seed asks d, c, a: right on d, 5 px beside c (within the tolerance), on b instead of a
        clickOn(quiz, viewport, 104.7, 31.4, 0);
        clickOn(quiz, viewport, 105.0, 29.0, 5);
        clickOn(quiz, viewport, 106.5, 29.5, 0);
        assertThat(quiz.finished()).isTrue();
        assertThat(quiz.score()).isEqualTo(2);
        assertThat(quiz.mistakes()).extracting(a -> a.question().target().ref().id()).containsExactly("a");
    }

    private static void clickOn(Quiz quiz, Viewport viewport, double lon, double lat, double offset) {
        quiz.answerClick(viewport, viewport.screenX(WebMercator.worldX(lon)) + offset,
                viewport.screenY(WebMercator.worldY(lat)));
    }

    @Test
    void identifyOffersFourDistinctNamesFromTheSetWithTheRightOneAmongThem() throws EmptyQuizException {
        Quiz quiz = Quiz.start(FIVE, QuizKind.IDENTIFY, 5, 3);
        for (Question question : quiz.questions()) {
            assertThat(question.choices()).hasSize(Quiz.CHOICES).doesNotHaveDuplicates()
                    .contains(question.target()).allMatch(FIVE.items()::contains);
        }
        Question first = quiz.current().orElseThrow();
        int right = first.choices().indexOf(first.target());
        assertThat(quiz.answerChoice(right).correct()).isTrue();
        Question second = quiz.current().orElseThrow();
        int wrong = IntStream.range(0, Quiz.CHOICES).filter(i -> !second.choices().get(i).equals(second.target()))
                .findFirst().orElseThrow();
        assertThat(quiz.answerChoice(wrong).correct()).isFalse();
        assertThat(quiz.score()).isEqualTo(1);
        assertThat(quiz.mistakes()).hasSize(1).allMatch(a -> a.chosen().isPresent());
    }

    @Test
    void theToleranceIsAFixedRadiusZoomedOutAndTheGroundOfACityZoomedIn() {
        Viewport national = Viewport.centredOn(105, 30, 4, 1000, 800);
        Viewport city = Viewport.centredOn(105, 30, 11, 1000, 800);
        assertThat(ClickTolerance.pixels(national)).isEqualTo(ClickTolerance.MIN_PIXELS);
        assertThat(ClickTolerance.pixels(city)).isGreaterThan(ClickTolerance.MIN_PIXELS)
                .isCloseTo(ClickTolerance.GROUND_METRES / city.metresPerPixel(), org.assertj.core.data.Offset.offset(1e-9));
        QuizItem item = place("x", 105, 30);
        assertThat(ClickTolerance.hits(item, national, 500 + 23, 400)).isTrue();
        assertThat(ClickTolerance.hits(item, national, 500 + 25, 400)).isFalse();
        // the same 25 px at city scale is well inside the city
        assertThat(ClickTolerance.hits(item, city, 500 + 25, 400)).isTrue();
    }

    @Test
    void aCorridorIsHitAlongItsLineNotOnlyAtItsEnds() {
        Viewport viewport = Viewport.centredOn(105, 30, 6, 1000, 800);
        QuizItem line = new QuizItem(new FeatureRef(FeatureRef.Kind.CORRIDOR, "l"), new Bilingual("线", "line"),
                List.of(new GeoPoint(103, 30), new GeoPoint(107, 30)));
        assertThat(ClickTolerance.hits(line, viewport, 500, 410)).isTrue();
        assertThat(ClickTolerance.hits(line, viewport, 500, 440)).isFalse();
    }

    @Test
    void aSetWithoutFeaturesSaysSoInBothLanguagesInsteadOfStarting() {
        QuizSet empty = new QuizSet("empty", "quiz.set.lesson", List.of());
        assertThatThrownBy(() -> Quiz.start(empty, QuizKind.LOCATE, 10, 1)).isInstanceOf(EmptyQuizException.class)
                .satisfies(e -> {
                    Bilingual message = ((EmptyQuizException) e).bilingual();
                    assertThat(message.en()).contains("\"empty\"").contains("cannot start");
                    assertThat(message.zh()).contains("“empty”").contains("无法开始");
                });
        QuizSet three = new QuizSet("three", "quiz.set.lesson", FIVE.items().subList(0, 3));
        assertThatThrownBy(() -> Quiz.start(three, QuizKind.IDENTIFY, 10, 1))
                .isInstanceOf(EmptyQuizException.class).hasMessageContaining("has 3 features");
    }

    @Test
    void theContentOffersTheCoreNodesTheCorridorsAndTheHistoricSites() {
        AtlasContent content = ShippedAtlas.atlas().content();
        assertThat(QuizSets.tier(content, Tier.CORE).items()).extracting(i -> i.name().en())
                .contains("Chengdu", "Central Chongqing");
        assertThat(QuizSets.corridors(content).items()).isNotEmpty();
        assertThat(QuizSets.historicSites(content).items()).isNotEmpty();
        assertThat(QuizSets.of(content)).extracting(QuizSet::id).doesNotHaveDuplicates();
    }

    @Test
    void aLessonOffersTheFeaturesItsStepsHighlightEachOnce() {
        AtlasContent content = ShippedAtlas.atlas().content();
        MapState circle = MapState.of(content.view("circle").orElseThrow());
        FeatureRef chengdu = new FeatureRef(FeatureRef.Kind.PLACE, "chengdu");
        FeatureRef unknownKind = new FeatureRef(FeatureRef.Kind.UNIT, "510100");
        Lesson lesson = new Lesson(new Bilingual("课", "lesson"), List.of(
                step("a", new MapState("a", circle.title(), circle.southWest(), circle.northEast(), circle.layers(),
                        Set.of(chengdu, unknownKind))),
                step("b", new MapState("b", circle.title(), circle.southWest(), circle.northEast(), circle.layers(),
                        Set.of(chengdu)))));
        assertThat(QuizSets.lesson(content, lesson).items()).extracting(QuizItem::ref).containsExactly(chengdu);
    }

    private static LessonStep step(String id, MapState map) {
        return new LessonStep(id, map, Optional.empty(), List.of(), map.title(), new Bilingual("", ""), List.of());
    }
}
