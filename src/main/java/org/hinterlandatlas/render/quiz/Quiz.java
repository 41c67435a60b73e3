// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.words.Messages;

/**
 * A quiz in progress: its questions in an order drawn from a seed — the same seed gives the same quiz, so a
 * teacher can give two classes the same test — the answers so far, the score and the mistakes.
 */
public final class Quiz {

    /** The names an identify question offers. */
    public static final int CHOICES = 4;

    private final QuizSet set;
    private final long seed;
    private final List<Question> questions;
    private final List<Answer> answers = new ArrayList<>();

    private Quiz(QuizSet set, long seed, List<Question> questions) {
        this.set = set;
        this.seed = seed;
        this.questions = List.copyOf(questions);
    }

    /**
     * A quiz of up to {@code length} questions of one kind on the set, each feature asked at most once.
     *
     * @throws EmptyQuizException when the set has no feature, or (to identify) fewer than four
     */
    public static Quiz start(QuizSet set, QuizKind kind, int length, long seed) throws EmptyQuizException {
        int needed = kind == QuizKind.IDENTIFY ? CHOICES : 1;
        if (set.items().size() < needed) {
            throw new EmptyQuizException(Messages.bilingual(
                    kind == QuizKind.IDENTIFY ? "quiz.tooFew" : "quiz.empty", set.id(),
                    String.valueOf(set.items().size()), String.valueOf(needed)));
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<QuizItem> order = shuffled(set.items(), random);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < Math.min(length, order.size()); i++) {
            QuizItem target = order.get(i);
            List<QuizItem> choices = List.of();
            if (kind == QuizKind.IDENTIFY) {
                List<QuizItem> others = new ArrayList<>(set.items());
                others.remove(target);
                List<QuizItem> offered = new ArrayList<>(shuffled(others, random).subList(0, CHOICES - 1));
                offered.add(random.nextInt(CHOICES), target);
                choices = offered;
            }
            questions.add(new Question(i + 1, kind, target, choices));
        }
        return new Quiz(set, seed, questions);
    }

    /** A Fisher–Yates shuffle driven by the quiz's own generator, so the order depends on the seed alone. */
    private static List<QuizItem> shuffled(List<QuizItem> items, SplittableRandom random) {
        List<QuizItem> list = new ArrayList<>(items);
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            QuizItem swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
        return list;
    }

    public QuizSet set() {
        return set;
    }

    public long seed() {
        return seed;
    }

    public List<Question> questions() {
        return questions;
    }

    /** The question to answer next, or empty when all are answered. */
    public Optional<Question> current() {
        return answers.size() < questions.size() ? Optional.of(questions.get(answers.size())) : Optional.empty();
    }

    public boolean finished() {
        return current().isEmpty();
    }

    /** Answers the current locate question with a click at screen point (x, y) of the map in this viewport. */
    public Answer answerClick(Viewport viewport, double x, double y) {
        Question question = expect(QuizKind.LOCATE);
        GeoPoint clicked = new GeoPoint(WebMercator.lon(viewport.worldX(x)), WebMercator.lat(viewport.worldY(y)));
        return record(new Answer(question, ClickTolerance.hits(question.target(), viewport, x, y),
                Optional.empty(), Optional.of(clicked)));
    }

    /** Answers the current identify question with the name at {@code index} of its choices. */
    public Answer answerChoice(int index) {
        Question question = expect(QuizKind.IDENTIFY);
        QuizItem chosen = question.choices().get(index);
        return record(new Answer(question, chosen.equals(question.target()), Optional.of(chosen), Optional.empty()));
    }

    private Question expect(QuizKind kind) {
        Question question = current().orElseThrow(() -> new IllegalStateException("the quiz is over"));
        if (question.kind() != kind) {
            throw new IllegalStateException("question " + question.number() + " is a " + question.kind() + " question");
        }
        return question;
    }

    private Answer record(Answer answer) {
        answers.add(answer);
        return answer;
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** The number of questions answered right. */
    public int score() {
        return (int) answers.stream().filter(Answer::correct).count();
    }

    /** The answers that were wrong, in the order they were given: the review walks through them. */
    public List<Answer> mistakes() {
        return answers.stream().filter(a -> !a.correct()).toList();
    }
}
