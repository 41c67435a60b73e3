// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** The kinds of corridor the paper discusses (§三(一)4, §四(三)2). */
public enum CorridorType {
    HSR, WATERWAY, LAND_SEA, CHINA_EUROPE
}
