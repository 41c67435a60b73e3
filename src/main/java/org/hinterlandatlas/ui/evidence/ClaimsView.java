// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.Claim;
import org.hinterlandatlas.model.ClaimKind;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.model.Language;

/** The four strengths and three weak links of §三, each a card that shows its map state when chosen. */
final class ClaimsView extends VBox {

    ClaimsView(Evidence evidence, EvidenceText text, Cards cards) {
        super(8);
        Language language = text.messages().language();
        for (ClaimKind kind : ClaimKind.values()) {
            getChildren().add(Cards.text(text.messages().of("evidence.claims", kind), "evidence-heading"));
            for (Claim claim : evidence.claims(kind)) {
                VBox card = cards.item(claim.state(),
                        Cards.text(claim.title().get(language), "evidence-title"),
                        Cards.text(claim.text().get(language), "evidence-body"));
                for (int figure : claim.figures()) {
                    card.getChildren().add(Cards.text(text.messages().format("evidence.figure.see", figure), "evidence-meta"));
                }
                if (!claim.tableId().isEmpty()) {
                    card.getChildren().add(Cards.text(text.messages().get("evidence.table.see"), "evidence-meta"));
                }
                card.getChildren().add(Cards.text(text.messages().get("evidence.onMap"), "evidence-meta"));
                card.getChildren().add(Cards.text(text.sources(claim.citations()), "evidence-source"));
                getChildren().add(card);
            }
        }
    }
}
