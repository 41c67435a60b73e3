// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.Objects;

/** A text in Chinese and English; both are required, as every string the atlas shows exists in both. */
public record Bilingual(String zh, String en) {

    public Bilingual {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public String get(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** Chinese and English on one line, for places where both fit ("成都 Chengdu"). */
    public String both() {
        return zh.equals(en) ? zh : zh + " " + en;
    }
}
