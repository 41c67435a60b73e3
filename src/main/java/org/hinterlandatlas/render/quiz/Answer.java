// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render.quiz;

import java.util.Optional;
import org.hinterlandatlas.model.GeoPoint;

/**
 * How a question was answered.
 *
 * @param chosen  for an identify question, the name picked
 * @param clicked for a locate question, where the student clicked
 */
public record Answer(Question question, boolean correct, Optional<QuizItem> chosen, Optional<GeoPoint> clicked) {
}
