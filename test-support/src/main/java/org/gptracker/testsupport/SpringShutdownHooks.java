package org.gptracker.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Spring closes the test contexts it caches in its own JVM shutdown hook, which runs at the same time as
 * ours. Stopping PostgreSQL and Kafka under services that are still closing makes them log pages of
 * connection errors, so our hook lets Spring's finish first.
 */
final class SpringShutdownHooks {

    private static final Set<String> HOOK_THREAD_NAMES = Set.of("SpringApplicationShutdownHook", "SpringContextShutdownHook");
    /** All hooks are started together; this covers Spring's being started just after ours. */
    private static final Duration APPEARANCE_WINDOW = Duration.ofMillis(200);
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private SpringShutdownHooks() {
    }

    static void awaitCompletion() {
        long appearanceDeadline = System.nanoTime() + APPEARANCE_WINDOW.toNanos();
        List<Thread> hooks = running();
        while (hooks.isEmpty() && System.nanoTime() < appearanceDeadline) {
            pause();
            hooks = running();
        }
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        for (Thread hook : hooks) {
            try {
                hook.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<Thread> running() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> HOOK_THREAD_NAMES.contains(thread.getName()))
                .toList();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
