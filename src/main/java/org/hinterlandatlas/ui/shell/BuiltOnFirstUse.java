// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A part of the window made the first time it is asked for rather than with the window, so the first map
 * frame does not wait for it (decision 0091). Only on the FX thread, like the parts it holds.
 */
final class BuiltOnFirstUse<T> implements Supplier<T> {

    private Supplier<? extends T> recipe;
    private final Consumer<? super T> afterwards;
    private T built;
    private boolean making;

    BuiltOnFirstUse(Supplier<? extends T> recipe) {
        this(recipe, made -> { });
    }

    /**
     * @param afterwards run once the part is made and held, so that what it calls back finds the part made
     */
    BuiltOnFirstUse(Supplier<? extends T> recipe, Consumer<? super T> afterwards) {
        this.recipe = Objects.requireNonNull(recipe);
        this.afterwards = afterwards;
    }

    /** The part, made now if it has not been yet. */
    @Override
    public T get() {
        if (built == null) {
            if (making) {
                throw new IllegalStateException("a part of the window was asked for while it was being made");
            }
            making = true;
            try {
                built = Objects.requireNonNull(recipe.get());
            } finally {
                making = false;
            }
            recipe = null;
            afterwards.accept(built);
        }
        return built;
    }

    /** Uses the part if it has been made; what is not made yet has nothing to update. */
    void ifBuilt(Consumer<? super T> use) {
        if (built != null) {
            use.accept(built);
        }
    }
}
