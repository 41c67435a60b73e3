// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.Claim;
import org.hinterlandatlas.model.ClaimKind;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Statistic;

/** The key figures of §三(一) as cards, grouped under the four strengths they support. */
final class KeyFiguresView extends VBox {

    KeyFiguresView(Evidence evidence, EvidenceText text, Cards cards) {
        super(8);
        Language language = text.messages().language();
        getChildren().add(Cards.text(text.messages().get("evidence.figures.intro"), "evidence-intro"));
        for (Claim strength : evidence.claims(ClaimKind.STRENGTH)) {
            getChildren().add(Cards.text(strength.title().get(language), "evidence-heading"));
            for (Statistic figure : evidence.figuresOf(strength)) {
                VBox body = new VBox(2,
                        Cards.text(text.value(figure), "evidence-value"),
                        Cards.text(figure.label().get(language), "evidence-label"),
                        Cards.text(text.year(figure), "evidence-meta"));
                if (figure.figure() > 0) {
                    body.getChildren().add(Cards.text(text.messages().format("evidence.figure.see", figure.figure()),
                            "evidence-meta"));
                }
                body.getChildren().add(Cards.text(text.sources(figure.citations()), "evidence-source"));
                var state = evidence.stateOf(figure);
                if (state.isPresent()) {
                    body.getChildren().add(0, new Label(text.messages().get("evidence.onMap")));
                    getChildren().add(cards.item(state.get(), body));
                } else {
                    getChildren().add(Cards.card(body));
                }
            }
        }
    }
}
