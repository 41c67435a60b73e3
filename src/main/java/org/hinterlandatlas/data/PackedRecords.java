// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;

/**
 * A tree of records as bytes and back, for the files the build packs: each value written by its declared
 * type — a record as its components in order, a list, set or map as a count and its items, an optional as
 * a flag and its value, an enum by its ordinal, a colour as its ARGB value, a reference preceded by a flag
 * for null. Sets and the maps whose order the JDK randomises at each start are written in the order of their
 * items' bytes, so the same data always packs to the same bytes. A type the codec does not know fails the
 * build, never a start. Reading makes each record by its canonical constructor, so its own checks run.
 */
final class PackedRecords {

    private PackedRecords() {
    }

    static byte[] pack(Type type, Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        writeValue(out, type, value);
        out.flush();
        return bytes.toByteArray();
    }

    /** The value a payload holds; refused when it is malformed or anything is left after it. */
    static Object unpack(ByteBuffer payload, Type type) throws PackedBaseMap.Damaged {
        try {
            Object value = new Reader(payload).value(type);
            if (payload.hasRemaining()) {
                throw new PackedBaseMap.Damaged(payload.remaining() + " bytes are left after the data");
            }
            return value;
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException
                 | NegativeArraySizeException | NullPointerException | ClassCastException e) {
            throw new PackedBaseMap.Damaged("the file is truncated or malformed");
        }
    }

    private static void writeValue(DataOutputStream out, Type type, Object value) throws IOException {
        Class<?> raw = raw(type);
        if (raw.isPrimitive()) {
            writePrimitive(out, raw, value);
            return;
        }
        out.writeBoolean(value != null);
        if (value == null) {
            return;
        }
        if (raw == String.class) {
            writeText(out, (String) value);
        } else if (raw == Integer.class) {
            out.writeInt((Integer) value);
        } else if (raw == Float.class) {
            out.writeFloat((Float) value);
        } else if (raw == float[].class) {
            float[] values = (float[]) value;
            out.writeInt(values.length);
            for (float item : values) {
                out.writeFloat(item);
            }
        } else if (raw == Color.class) {
            out.writeInt(((Color) value).getRGB());
        } else if (raw == BigDecimal.class) {
            writeText(out, value.toString());
        } else if (raw.isEnum()) {
            out.writeInt(((Enum<?>) value).ordinal());
        } else if (raw == List.class) {
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object item : list) {
                writeValue(out, argument(type, 0), item);
            }
        } else if (raw == Set.class) {
            writeItems(out, (Set<?>) value, argument(type, 0));
        } else if (raw == Map.class) {
            writeMap(out, (Map<?, ?>) value, argument(type, 0), argument(type, 1));
        } else if (raw == Optional.class) {
            Optional<?> optional = (Optional<?>) value;
            out.writeBoolean(optional.isPresent());
            if (optional.isPresent()) {
                writeValue(out, argument(type, 0), optional.get());
            }
        } else if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                writeValue(out, component.getGenericType(), component(component, value));
            }
        } else {
            throw new IllegalArgumentException("the content packer cannot write a " + type.getTypeName());
        }
    }

    private static void writePrimitive(DataOutputStream out, Class<?> raw, Object value) throws IOException {
        if (raw == int.class) {
            out.writeInt((Integer) value);
        } else if (raw == double.class) {
            out.writeDouble((Double) value);
        } else if (raw == float.class) {
            out.writeFloat((Float) value);
        } else if (raw == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else {
            throw new IllegalArgumentException("the content packer cannot write a " + raw);
        }
    }

    /** A set's items ordered by their bytes: a set's own order may differ at each start. */
    private static void writeItems(DataOutputStream out, Collection<?> items, Type itemType) throws IOException {
        List<byte[]> packed = new ArrayList<>();
        for (Object item : items) {
            packed.add(packed(itemType, item));
        }
        packed.sort(Arrays::compare);
        out.writeInt(packed.size());
        for (byte[] item : packed) {
            out.write(item);
        }
    }

    /**
     * A map in its own order (the sources' catalogue order numbers the reference list), unless it is one of
     * the JDK's immutable maps, whose order is randomised at each start: those by their entries' bytes.
     */
    private static void writeMap(DataOutputStream out, Map<?, ?> map, Type keyType, Type valueType)
            throws IOException {
        List<byte[]> entries = new ArrayList<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream item = new DataOutputStream(bytes);
            writeValue(item, keyType, entry.getKey());
            writeValue(item, valueType, entry.getValue());
            item.flush();
            entries.add(bytes.toByteArray());
        }
        if (map.getClass().getName().startsWith("java.util.ImmutableCollections")) {
            entries.sort(Arrays::compare);
        }
        out.writeInt(entries.size());
        for (byte[] entry : entries) {
            out.write(entry);
        }
    }

    private static byte[] packed(Type type, Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        writeValue(out, type, value);
        out.flush();
        return bytes.toByteArray();
    }

    private static Object component(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass(), e);
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    /** Reads the tree of values back, each by the type the model declares for it. */
    private static final class Reader {

        private final ByteBuffer in;
        /** Per record class, its component types and canonical constructor, looked up once. */
        private final Map<Class<?>, RecordShape> shapes = new HashMap<>();

        Reader(ByteBuffer in) {
            this.in = in;
        }

        Object value(Type type) throws PackedBaseMap.Damaged {
            Class<?> raw = raw(type);
            if (raw == int.class) {
                return in.getInt();
            } else if (raw == double.class) {
                return in.getDouble();
            } else if (raw == float.class) {
                return in.getFloat();
            } else if (raw == boolean.class) {
                return bool();
            }
            if (!bool()) {
                return null;
            }
            // the records made thousands of times are made directly, without reflection
            if (raw == String.class) {
                return text();
            } else if (raw == Bilingual.class) {
                return new Bilingual((String) value(String.class), (String) value(String.class));
            } else if (raw == Citation.class) {
                return new Citation((String) value(String.class), (String) value(String.class));
            } else if (raw == GeoPoint.class) {
                return new GeoPoint(in.getDouble(), in.getDouble());
            } else if (raw == FeatureRef.class) {
                return new FeatureRef((FeatureRef.Kind) value(FeatureRef.Kind.class), (String) value(String.class));
            } else if (raw == Integer.class) {
                return in.getInt();
            } else if (raw == Float.class) {
                return in.getFloat();
            } else if (raw == float[].class) {
                float[] values = new float[count()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = in.getFloat();
                }
                return values;
            } else if (raw == Color.class) {
                return new Color(in.getInt(), true);
            } else if (raw == BigDecimal.class) {
                return new BigDecimal(text());
            } else if (raw.isEnum()) {
                return raw.getEnumConstants()[in.getInt()];
            } else if (raw == List.class) {
                int count = count();
                List<Object> list = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    list.add(value(argument(type, 0)));
                }
                return list;
            } else if (raw == Set.class) {
                int count = count();
                Set<Object> set = new LinkedHashSet<>();
                for (int i = 0; i < count; i++) {
                    set.add(value(argument(type, 0)));
                }
                return set;
            } else if (raw == Map.class) {
                int count = count();
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) {
                    map.put(value(argument(type, 0)), value(argument(type, 1)));
                }
                return map;
            } else if (raw == Optional.class) {
                return bool() ? Optional.of(value(argument(type, 0))) : Optional.empty();
            } else if (raw.isRecord()) {
                return record(raw);
            }
            throw new PackedBaseMap.Damaged("no reader for a " + type.getTypeName());
        }

        private Object record(Class<?> raw) throws PackedBaseMap.Damaged {
            RecordShape shape = shapes.computeIfAbsent(raw, RecordShape::of);
            Object[] values = new Object[shape.types().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = value(shape.types()[i]);
            }
            try {
                return shape.constructor().newInstance(values);
            } catch (InvocationTargetException e) {
                throw new PackedBaseMap.Damaged("a " + raw.getSimpleName() + " is refused: " + e.getCause().getMessage());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + raw.getSimpleName(), e);
            }
        }

        private boolean bool() throws PackedBaseMap.Damaged {
            byte flag = in.get();
            if (flag != 0 && flag != 1) {
                throw new PackedBaseMap.Damaged("a flag of " + flag);
            }
            return flag == 1;
        }

        /** A count that the rest of the file could hold (each item takes at least a byte). */
        private int count() {
            int count = in.getInt();
            if (count < 0 || count > in.remaining()) {
                throw new IllegalArgumentException("a count of " + count + " is more than the file holds");
            }
            return count;
        }

        private String text() {
            int length = count();
            String text = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return text;
        }
    }

    private record RecordShape(Type[] types, Constructor<?> constructor) {

        static RecordShape of(Class<?> record) {
            RecordComponent[] components = record.getRecordComponents();
            Type[] types = new Type[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getGenericType();
                raw[i] = components[i].getType();
            }
            try {
                return new RecordShape(types, record.getDeclaredConstructor(raw));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + record, e);
            }
        }
    }
}
