package org.gptracker.localstack.demo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressLineTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(written, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    @Test
    void onATerminalTheLineIsRewrittenInPlace() {
        ProgressLine line = new ProgressLine(out, true, now::get);

        line.show("1 of 3 rows");
        line.show("3 of 3 rows");
        line.finish();

        assertThat(text()).isEqualTo("\r1 of 3 rows\r3 of 3 rows" + System.lineSeparator());
    }

    @Test
    void elsewhereItIsAPlainLineEveryFewSecondsAndTheLastStateAlways() {
        ProgressLine line = new ProgressLine(out, false, now::get);

        line.show("1 of 9 rows");
        now.addAndGet(ProgressLine.PLAIN_EVERY.toNanos() / 2);
        line.show("2 of 9 rows");
        now.addAndGet(ProgressLine.PLAIN_EVERY.toNanos());
        line.show("5 of 9 rows");
        line.show("9 of 9 rows");
        line.finish();

        assertThat(text()).doesNotContain("\r").isEqualTo(String.join(System.lineSeparator(),
                "1 of 9 rows", "5 of 9 rows", "9 of 9 rows", ""));
    }

    private String text() {
        return written.toString(StandardCharsets.UTF_8);
    }
}
