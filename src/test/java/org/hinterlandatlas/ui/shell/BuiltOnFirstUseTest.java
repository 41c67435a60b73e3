// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BuiltOnFirstUseTest {

    @Test
    void aPartIsMadeOnceWhenFirstAskedForAndNotBefore() {
        AtomicInteger made = new AtomicInteger();
        List<String> used = new ArrayList<>();
        BuiltOnFirstUse<List<String>> part = new BuiltOnFirstUse<>(() -> {
            made.incrementAndGet();
            return new ArrayList<>(List.of("story"));
        });

        part.ifBuilt(list -> used.add("before"));
        assertEquals(0, made.get(), "nothing is made until asked for");
        List<String> first = part.get();
        assertSame(first, part.get());
        part.ifBuilt(list -> used.add("after"));

        assertEquals(1, made.get());
        assertEquals(List.of("after"), used);
    }

    @Test
    void whatRunsAfterwardsFindsThePartMade() {
        AtomicReference<BuiltOnFirstUse<String>> holder = new AtomicReference<>();
        List<String> seen = new ArrayList<>();
        BuiltOnFirstUse<String> part = new BuiltOnFirstUse<>(() -> {
            // while being made, the part is not there yet for those who only update it
            holder.get().ifBuilt(seen::add);
            return "tabs";
        }, made -> holder.get().ifBuilt(seen::add));
        holder.set(part);

        part.get();

        assertEquals(List.of("tabs"), seen);
    }

    @Test
    void aPartAskedForWhileBeingMadeIsAnErrorNotALoop() {
        AtomicReference<BuiltOnFirstUse<String>> holder = new AtomicReference<>();
        BuiltOnFirstUse<String> part = new BuiltOnFirstUse<>(() -> holder.get().get());
        holder.set(part);

        assertThrows(IllegalStateException.class, part::get);
    }

    @Test
    void aRecipeThatFailedIsTriedAgainWhenAskedAgain() {
        AtomicInteger tries = new AtomicInteger();
        BuiltOnFirstUse<String> part = new BuiltOnFirstUse<>(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalArgumentException("first try fails");
            }
            return "made";
        });

        assertThrows(IllegalArgumentException.class, part::get);
        assertEquals("made", part.get());
    }
}
