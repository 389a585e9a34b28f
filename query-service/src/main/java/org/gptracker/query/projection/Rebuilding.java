package org.gptracker.query.projection;

import java.util.function.Supplier;

/**
 * Marks the thread that is rebuilding the read models. While it applies events, the repositories hold
 * their writes in their {@link RebuildBuffer} instead of writing the live tables: the projection
 * handlers stay one and the same code for the live stream and for a rebuild, which is what makes a
 * rebuilt read model equal to the live one.
 */
public final class Rebuilding {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private Rebuilding() {
    }

    public static boolean onThisThread() {
        return ACTIVE.get();
    }

    static <T> T run(Supplier<T> work) {
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.remove();
        }
    }
}
