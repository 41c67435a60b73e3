// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** The two languages every string of the atlas exists in. */
public enum Language {
    ZH, EN
}
