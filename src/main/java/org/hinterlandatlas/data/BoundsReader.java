// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import com.fasterxml.jackson.databind.JsonNode;
import org.hinterlandatlas.model.GeoPoint;

/**
 * Reads a view's or a map state's bounds [west, south, east, north]: four numbers (no text, no true or
 * false), within the longitudes and the latitudes Web Mercator can show, west before east and south before
 * north, at least {@link DataLimits#VIEW_SPAN_DEGREES} wide and high. Bounds beyond these open a blank map
 * at a zoom of NaN or infinity.
 */
final class BoundsReader {

    private static final String[] SIDES = {"west", "south", "east", "north"};

    private BoundsReader() {
    }

    /** The south-west and north-east corners; {@code shapeKey} and {@code areaKey} tell a wrong shape and order. */
    static GeoPoint[] read(EntryReader owner, JsonNode bounds, String shapeKey, String areaKey) throws DataException {
        if (bounds == null || !bounds.isArray() || bounds.size() != 4) {
            throw owner.fault(shapeKey);
        }
        double[] sides = new double[4];
        for (int i = 0; i < 4; i++) {
            JsonNode side = bounds.get(i);
            if (!side.isNumber()) {
                throw owner.fault("data.limit.notNumber", SIDES[i], JsonFiles.shortened(side.toString()));
            }
            sides[i] = side.doubleValue();
            DataLimits.Range range = i % 2 == 0 ? DataLimits.LONGITUDE : DataLimits.LATITUDE;
            if (!range.contains(sides[i])) {
                throw owner.fault("data.limit.range", SIDES[i], DataLimits.Range.plain(sides[i]), range.minText(),
                        range.maxText());
            }
        }
        if (!(sides[0] < sides[2] && sides[1] < sides[3])) {
            throw owner.fault(areaKey);
        }
        if (sides[2] - sides[0] < DataLimits.VIEW_SPAN_DEGREES || sides[3] - sides[1] < DataLimits.VIEW_SPAN_DEGREES) {
            throw owner.fault("data.limit.span", DataLimits.Range.plain(DataLimits.VIEW_SPAN_DEGREES));
        }
        return new GeoPoint[] {new GeoPoint(sides[0], sides[1]), new GeoPoint(sides[2], sides[3])};
    }
}
