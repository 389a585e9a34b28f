package org.gptracker.localstack.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A progress line that changes as work goes on. On a terminal it is rewritten in place; written to a file or
 * a pipe ({@code ./run-local import … > log}), where carriage returns would make one endless line, it is a
 * plain line at most every few seconds, and the last state is always written.
 */
final class ProgressLine {

    static final Duration PLAIN_EVERY = Duration.ofSeconds(5);

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private String shown = "";
    private String unwritten;
    private long writtenAt;

    ProgressLine(PrintStream out, boolean terminal, LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    /** Rewritten in place when this process writes to a terminal, else plain lines. */
    static ProgressLine on(PrintStream out) {
        return new ProgressLine(out, System.console() != null, System::nanoTime);
    }

    void show(String progress) {
        if (progress.equals(shown) || progress.equals(unwritten)) {
            return;
        }
        if (terminal) {
            out.print("\r" + progress);
            shown = progress;
            return;
        }
        long now = nanoTime.getAsLong();
        if (shown.isEmpty() || now - writtenAt >= PLAIN_EVERY.toNanos()) {
            out.println(progress);
            shown = progress;
            unwritten = null;
            writtenAt = now;
        } else {
            unwritten = progress;
        }
    }

    /** Ends the line on a terminal; elsewhere writes the last state if it was held back. */
    void finish() {
        if (terminal) {
            out.println();
        } else if (unwritten != null) {
            out.println(unwritten);
            shown = unwritten;
            unwritten = null;
        }
    }
}
