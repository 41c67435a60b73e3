// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** How exactly a point locates what it stands for: the site itself, its district, or only its city. */
public enum Precision {
    SITE, DISTRICT, CITY
}
