// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.WorldGeometry;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.model.Bilingual;

/**
 * One zoom band of the base map in the form the build ships beside the GeoJSON: already checked, projected,
 * simplified (the band's own geometry) and with its label points found, so reading it is copying numbers.
 * Layout: the magic {@code HABASE}, a format version, the payload's length and CRC-32, then the payload —
 * per layer its file name and features; per feature id, names, properties, geometry kind, the parts as
 * world x, y doubles, and the label point. A file whose checksum does not match is refused.
 */
final class PackedBaseMap {

    static final String FOLDER = "geodata/packed/";
    private static final byte[] MAGIC = "HABASE".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;

    private PackedBaseMap() {
    }

    static String path(ZoomBand band) {
        return FOLDER + "base." + band.fileSuffix() + ".bin";
    }

    /** A packed band that is damaged, truncated or of another format version. */
    static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String problem) {
            super(problem);
        }
    }

    static void write(BaseMapData data, ZoomBand band, OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream payload = new DataOutputStream(bytes);
        List<BaseLayerId> layers = Arrays.stream(BaseLayerId.values()).filter(l -> l.requiredIn(band)).toList();
        payload.writeInt(layers.size());
        for (BaseLayerId layer : layers) {
            writeText(payload, layer.fileName());
            List<MapFeature> features = data.features(band, layer);
            payload.writeInt(features.size());
            for (MapFeature feature : features) {
                writeFeature(payload, feature);
            }
        }
        payload.flush();
        writeFile(out, MAGIC, VERSION, bytes.toByteArray());
    }

    /** A packed file: the magic, the format version, the payload's length and CRC-32, the payload. */
    static void writeFile(OutputStream out, byte[] magic, int version, byte[] body) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(body);
        DataOutputStream file = new DataOutputStream(out);
        file.write(magic);
        file.writeInt(version);
        file.writeInt(body.length);
        file.writeLong(crc.getValue());
        file.write(body);
        file.flush();
    }

    private static void writeFeature(DataOutputStream out, MapFeature feature) throws IOException {
        writeText(out, feature.id());
        writeText(out, feature.name().zh());
        writeText(out, feature.name().en());
        // sorted, so the same data always packs to the same bytes
        List<String> keys = feature.properties().keySet().stream().sorted().toList();
        out.writeInt(keys.size());
        for (String key : keys) {
            writeText(out, key);
            writeText(out, feature.properties().get(key));
        }
        WorldGeometry geometry = feature.geometry();
        out.writeByte(geometry.kind().ordinal());
        out.writeInt(geometry.parts().size());
        for (double[] part : geometry.parts()) {
            out.writeInt(part.length);
            for (double value : part) {
                out.writeDouble(value);
            }
        }
        out.writeDouble(feature.labelX());
        out.writeDouble(feature.labelY());
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static Map<BaseLayerId, List<MapFeature>> read(InputStream in) throws IOException, Damaged {
        ByteBuffer buffer = payload(in, MAGIC, VERSION, "packed base map");
        try {
            return readLayers(buffer);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
                 | NegativeArraySizeException e) {
            throw new Damaged("the file is truncated or malformed");
        }
    }

    /**
     * The payload of a packed file, positioned at its start, once its magic, version, length and checksum
     * are found right; {@code what} names the kind of file in the refusal.
     */
    static ByteBuffer payload(InputStream in, byte[] expectedMagic, int expectedVersion, String what)
            throws IOException, Damaged {
        ByteBuffer buffer = ByteBuffer.wrap(in.readAllBytes());
        int header = expectedMagic.length + 4 + 4 + 8;
        if (buffer.remaining() < header) {
            throw new Damaged("the file is truncated or malformed");
        }
        byte[] magic = new byte[expectedMagic.length];
        buffer.get(magic);
        if (!Arrays.equals(magic, expectedMagic)) {
            throw new Damaged("not a " + what);
        }
        int version = buffer.getInt();
        if (version != expectedVersion) {
            throw new Damaged("format version " + version + ", expected " + expectedVersion);
        }
        int length = buffer.getInt();
        long expected = buffer.getLong();
        if (length != buffer.remaining()) {
            throw new Damaged("the payload has " + buffer.remaining() + " bytes, the header says " + length);
        }
        CRC32 crc = new CRC32();
        crc.update(buffer.array(), header, length);
        if (crc.getValue() != expected) {
            throw new Damaged("the checksum does not match");
        }
        return buffer;
    }

    private static Map<BaseLayerId, List<MapFeature>> readLayers(ByteBuffer in) throws Damaged {
        Map<String, BaseLayerId> byName = new HashMap<>();
        for (BaseLayerId layer : BaseLayerId.values()) {
            byName.put(layer.fileName(), layer);
        }
        Map<BaseLayerId, List<MapFeature>> layers = new EnumMap<>(BaseLayerId.class);
        int layerCount = in.getInt();
        for (int l = 0; l < layerCount; l++) {
            String name = readText(in);
            BaseLayerId layer = byName.get(name);
            if (layer == null) {
                throw new Damaged("unknown layer " + name);
            }
            int count = count(in, 1);
            List<MapFeature> features = new ArrayList<>(count);
            for (int f = 0; f < count; f++) {
                features.add(readFeature(in));
            }
            layers.put(layer, features);
        }
        return layers;
    }

    private static MapFeature readFeature(ByteBuffer in) {
        String id = readText(in);
        Bilingual name = new Bilingual(readText(in), readText(in));
        int propertyCount = in.getInt();
        Map<String, String> properties = new HashMap<>();
        for (int i = 0; i < propertyCount; i++) {
            properties.put(readText(in), readText(in));
        }
        WorldGeometry.Kind kind = WorldGeometry.Kind.values()[in.get()];
        int partCount = count(in, Integer.BYTES);
        List<double[]> parts = new ArrayList<>(partCount);
        for (int p = 0; p < partCount; p++) {
            double[] part = new double[count(in, Double.BYTES)];
            in.asDoubleBuffer().get(part);
            in.position(in.position() + part.length * Double.BYTES);
            parts.add(part);
        }
        double labelX = in.getDouble();
        double labelY = in.getDouble();
        return new MapFeature(id, name, properties, WorldGeometry.of(kind, parts), labelX, labelY);
    }

    /**
     * A count read from the file, refused when the rest of the file could not hold that many items of
     * {@code bytesEach} bytes: a damaged count must not allocate gigabytes before the read fails.
     */
    private static int count(ByteBuffer in, int bytesEach) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining() / bytesEach) {
            throw new IllegalArgumentException("a count of " + count + " is more than the file holds");
        }
        return count;
    }

    private static String readText(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
