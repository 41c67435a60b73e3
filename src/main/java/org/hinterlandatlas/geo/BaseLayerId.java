// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.geo;

/** The derived base layers in geodata/base, one file per layer and zoom band. */
public enum BaseLayerId {
    COUNTRIES("countries", WorldGeometry.Kind.POLYGON),
    CHINA("china", WorldGeometry.Kind.POLYGON),
    PROVINCES("provinces", WorldGeometry.Kind.POLYGON),
    PROVINCE_LINES("province-lines", WorldGeometry.Kind.LINE),
    PREFECTURES("prefectures", WorldGeometry.Kind.POLYGON),
    PREFECTURE_LINES("prefecture-lines", WorldGeometry.Kind.LINE),
    RIVERS("rivers", WorldGeometry.Kind.LINE),
    LAKES("lakes", WorldGeometry.Kind.POLYGON),
    MARITIME("maritime", WorldGeometry.Kind.LINE),
    CIRCLE("circle", WorldGeometry.Kind.POLYGON);

    private final String fileName;
    private final WorldGeometry.Kind kind;

    BaseLayerId(String fileName, WorldGeometry.Kind kind) {
        this.fileName = fileName;
        this.kind = kind;
    }

    public String fileName() {
        return fileName;
    }

    public WorldGeometry.Kind kind() {
        return kind;
    }

    /** The South China Sea line is published for the lo and mid bands only. */
    public boolean requiredIn(ZoomBand band) {
        return this != MARITIME || band != ZoomBand.HI;
    }
}
