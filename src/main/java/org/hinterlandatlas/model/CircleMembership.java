// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The circle's extent per the 2021 Outline: one entry for every prefecture and district. */
public record CircleMembership(List<CircleUnit> units, List<Citation> citations) {

    public CircleMembership {
        units = List.copyOf(units);
        citations = List.copyOf(citations);
    }

    public Optional<CircleUnit> unit(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    private Map<String, CircleUnit> byCode() {
        return units.stream().collect(Collectors.toMap(CircleUnit::code, Function.identity()));
    }
}
