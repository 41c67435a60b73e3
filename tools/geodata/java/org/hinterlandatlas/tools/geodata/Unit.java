// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import org.locationtech.jts.geom.Geometry;

/**
 * One face of the planar partition the polygon layers are cut from: a provincial unit (other than
 * Sichuan and Chongqing), a Sichuan prefecture or Chongqing district, or a neighbouring country.
 * Sichuan and Chongqing themselves are never units: they are always the dissolve of their prefectures.
 */
record Unit(Kind kind, String code, String provinceCode, Name name, Geometry geometry) {

    enum Kind { PROVINCE, PREFECTURE, COUNTRY }

    boolean inChina() {
        return kind != Kind.COUNTRY;
    }

    Unit withGeometry(Geometry g) {
        return new Unit(kind, code, provinceCode, name, g);
    }
}
