// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Sichuan prefecture or Chongqing district/county and its membership of the circle.
 *
 * @param excluded the parts the Outline leaves out (only for partial members)
 * @param included what the Outline says is in, for a partial member whose exclusions it does not list
 *                 ("部分地区"); empty otherwise
 */
public record CircleUnit(String code, Bilingual name, Membership membership, List<Bilingual> excluded,
                         Optional<Bilingual> included) {

    public CircleUnit {
        excluded = List.copyOf(excluded);
        Objects.requireNonNull(included, "included");
    }
}
