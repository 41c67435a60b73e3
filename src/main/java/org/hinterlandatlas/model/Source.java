// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/**
 * A document or dataset the atlas takes facts from, with its full reference in GB/T 7714 style.
 *
 * @param url may be empty
 */
public record Source(String id, String kind, Bilingual reference, String url) {
}
