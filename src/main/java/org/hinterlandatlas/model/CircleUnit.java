// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/**
 * A Sichuan prefecture or Chongqing district/county and its membership of the circle.
 *
 * @param excluded the parts the Outline leaves out (only for partial members)
 */
public record CircleUnit(String code, Bilingual name, Membership membership, List<Bilingual> excluded) {

    public CircleUnit {
        excluded = List.copyOf(excluded);
    }
}
