// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.prefs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.ui.theme.Theme;
import org.hinterlandatlas.words.Messages;

/**
 * The teacher's choices, kept between runs: the window's place and size, language, theme, the last view and
 * lesson, the defaults of a figure and the layers. A value that cannot be read — a store that fails, a
 * number that is not one, a name the atlas does not know — gives its default and a notice, never a failure.
 */
public final class AtlasPreferences {

    private static final Logger LOG = Logger.getLogger(AtlasPreferences.class.getName());

    /** The window's place and size on the desktop, in screen coordinates. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximised) {
    }

    static final String WINDOW_X = "window.x";
    static final String WINDOW_Y = "window.y";
    static final String WINDOW_WIDTH = "window.width";
    static final String WINDOW_HEIGHT = "window.height";
    static final String WINDOW_MAXIMISED = "window.maximised";
    static final String LANGUAGE = "language";
    static final String THEME = "theme";
    static final String LAST_VIEW = "view.last";
    static final String LAST_LESSON = "lesson.last";
    static final String EXPORT_FOLDER = "export.folder";
    static final String EXPORT_PAPER = "export.paper";
    static final String EXPORT_DPI = "export.dpi";
    static final String EXPORT_FURNITURE = "export.furniture";
    static final String LAYERS = "layers";
    private static final double MIN_WINDOW = 320;

    private final PreferenceStore store;
    private final Map<String, String> values;
    private final List<Bilingual> notices = new ArrayList<>();
    /** The teacher has been told that the store refuses to keep the choices. */
    private boolean toldUnwritable;

    private AtlasPreferences(PreferenceStore store, Map<String, String> values) {
        this.store = store;
        this.values = new LinkedHashMap<>(values);
    }

    /**
     * Reads the store; whatever fails, the preferences are usable, with notices of what was not read. A
     * store that reads but cannot be written (a read-only settings folder) is found now, by writing back what
     * was read, so the teacher hears it at the start rather than lose the choices silently at the end.
     */
    public static AtlasPreferences read(PreferenceStore store) {
        try {
            AtlasPreferences read = new AtlasPreferences(store, store.read());
            read.save().ifPresent(read.notices::add);
            return read;
        } catch (PreferenceStore.DamagedStoreException e) {
            LOG.log(Level.WARNING, "The preferences file was damaged and put aside; the defaults are used", e);
            AtlasPreferences defaults = new AtlasPreferences(store, Map.of());
            defaults.notices.add(Messages.bilingual("prefs.error.damaged", e.file(), e.putAside()));
            return defaults;
        } catch (PreferenceStore.StoreException e) {
            LOG.log(Level.WARNING, "The preferences cannot be read; the defaults are used", e);
            AtlasPreferences defaults = new AtlasPreferences(store, Map.of());
            defaults.notices.add(Messages.bilingual("prefs.error.unreadable", String.valueOf(e.getMessage())));
            return defaults;
        }
    }

    /** What could not be read or kept, to tell the teacher once; read values checked so far. */
    public List<Bilingual> notices() {
        return List.copyOf(notices);
    }

    public Optional<WindowPlace> windowPlace() {
        Optional<Double> x = number(WINDOW_X, -1e5, 1e5);
        Optional<Double> y = number(WINDOW_Y, -1e5, 1e5);
        Optional<Double> width = number(WINDOW_WIDTH, MIN_WINDOW, 1e5);
        Optional<Double> height = number(WINDOW_HEIGHT, MIN_WINDOW, 1e5);
        if (x.isEmpty() || y.isEmpty() || width.isEmpty() || height.isEmpty()) {
            return Optional.empty();
        }
        boolean maximised = choice(WINDOW_MAXIMISED, value -> switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        }).orElse(false);
        return Optional.of(new WindowPlace(x.get(), y.get(), width.get(), height.get(), maximised));
    }

    public void setWindowPlace(WindowPlace place) {
        values.put(WINDOW_X, decimal(place.x()));
        values.put(WINDOW_Y, decimal(place.y()));
        values.put(WINDOW_WIDTH, decimal(place.width()));
        values.put(WINDOW_HEIGHT, decimal(place.height()));
        values.put(WINDOW_MAXIMISED, String.valueOf(place.maximised()));
    }

    public Optional<Language> language() {
        return enumValue(LANGUAGE, Language.class);
    }

    public void setLanguage(Language language) {
        values.put(LANGUAGE, language.name());
    }

    public Theme theme() {
        return enumValue(THEME, Theme.class).orElse(Theme.LIGHT);
    }

    public void setTheme(Theme theme) {
        values.put(THEME, theme.name());
    }

    /** The id of the view, step or evidence shown last; the atlas checks it still exists. */
    public Optional<String> lastView() {
        return Optional.ofNullable(values.get(LAST_VIEW)).filter(id -> !id.isBlank());
    }

    public void setLastView(String id) {
        values.put(LAST_VIEW, id);
    }

    /** The file of the lesson opened last, for the lessons to come back to. */
    public Optional<Path> lastLesson() {
        return path(LAST_LESSON);
    }

    public void setLastLesson(Path file) {
        values.put(LAST_LESSON, file.toString());
    }

    /** The folder figures were last saved in. */
    public Optional<Path> exportFolder() {
        return path(EXPORT_FOLDER);
    }

    public void setExportFolder(Path folder) {
        values.put(EXPORT_FOLDER, folder.toString());
    }

    public Paper paper() {
        return enumValue(EXPORT_PAPER, Paper.class).orElse(Paper.A4);
    }

    public void setPaper(Paper paper) {
        values.put(EXPORT_PAPER, paper.name());
    }

    public int dpi() {
        return number(EXPORT_DPI, FigureSpec.MIN_DPI, FigureSpec.MAX_DPI).map(Double::intValue).orElse(300);
    }

    public void setDpi(int dpi) {
        values.put(EXPORT_DPI, String.valueOf(dpi));
    }

    public Set<Furniture> furniture() {
        return enumSet(EXPORT_FURNITURE, Furniture.class).orElse(EnumSet.allOf(Furniture.class));
    }

    public void setFurniture(Set<Furniture> furniture) {
        values.put(EXPORT_FURNITURE, names(furniture));
    }

    /** The layers switched on when the atlas was last closed. */
    public Optional<Set<MapLayerId>> layers() {
        return enumSet(LAYERS, MapLayerId.class);
    }

    public void setLayers(Set<MapLayerId> layers) {
        values.put(LAYERS, names(layers));
    }

    /** Forgets every choice: Help ▸ Reset preferences. */
    public void reset() {
        values.clear();
    }

    /**
     * Keeps the choices; a store that refuses them gives a notice, and the atlas carries on. The notice is
     * given once: a store that refused once is reported again only after it has worked in between.
     */
    public Optional<Bilingual> save() {
        try {
            store.write(values);
            toldUnwritable = false;
            return Optional.empty();
        } catch (PreferenceStore.StoreException e) {
            LOG.log(Level.WARNING, "The preferences cannot be kept", e);
            if (toldUnwritable) {
                return Optional.empty();
            }
            toldUnwritable = true;
            return Optional.of(Messages.bilingual("prefs.error.unwritable", String.valueOf(e.getMessage())));
        }
    }

    private Optional<Double> number(String key, double min, double max) {
        return choice(key, value -> {
            try {
                double number = Double.parseDouble(value);
                return Double.isFinite(number) && number >= min && number <= max ? number : null;
            } catch (NumberFormatException e) {
                return null;
            }
        });
    }

    private <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
        return choice(key, value -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value)).findFirst().orElse(null));
    }

    private <E extends Enum<E>> Optional<Set<E>> enumSet(String key, Class<E> type) {
        return choice(key, value -> {
            Set<E> set = EnumSet.noneOf(type);
            for (String name : value.split(",", -1)) {
                if (name.isEmpty()) {
                    continue;
                }
                Optional<E> constant = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
                if (constant.isEmpty()) {
                    return null;
                }
                set.add(constant.get());
            }
            return set;
        });
    }

    private Optional<Path> path(String key) {
        return choice(key, value -> {
            try {
                return value.isBlank() ? null : Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        });
    }

    /**
     * The stored value through the parser; one that does not parse is forgotten with a notice, so the notice
     * is given once and the next save no longer holds it.
     */
    private <T> Optional<T> choice(String key, Function<String, T> parser) {
        String raw = values.get(key);
        if (raw == null) {
            return Optional.empty();
        }
        T parsed = parser.apply(raw);
        if (parsed == null) {
            values.remove(key);
            notices.add(Messages.bilingual("prefs.error.value", key, raw));
            LOG.warning(() -> "Unusable preference " + key + "=" + raw);
        }
        return Optional.ofNullable(parsed);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String names(Set<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
