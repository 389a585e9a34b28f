package org.gptracker.benchmarks.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackCpuTest {

    @Test
    void aProcessCountsItsOwnTimeAndThatOfTheChildrenItWaitedFor() {
        String stat = "4242 (postgres: gp_command (idle)) S 1 4242 4242 0 -1 4194560 900 0 0 0 120 30 7 3 20 0 1 0 100 0 0";

        assertThat(StackCpu.ticks(stat)).isEqualTo(120 + 30 + 7 + 3);
    }

    @Test
    void theCurrentProcessHasUsedSomeCpu() {
        assertThat(StackCpu.ticks(ProcessHandle.current().pid())).isPositive();
    }
}
