package org.gptracker.command.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandRoutesTest {

    @Test
    void aCommandPathNamesItsCommandWhateverItsIds() {
        assertThat(CommandRoutes.commandAt("/api/projects")).contains("ProposeProject");
        assertThat(CommandRoutes.commandAt("/api/projects/5f0c2a7e/offers/0b8f5c3e/accept")).contains("AcceptOffer");
        assertThat(CommandRoutes.commandAt("/api/projects/p-1/disbursements")).contains("DisburseFunds");
        assertThat(CommandRoutes.commandAt("/api/presidencies/2024/handover")).contains("HandOverChair");
        assertThat(CommandRoutes.commandAt("/api/members/JP/suspension")).contains("SuspendMember");
        assertThat(CommandRoutes.commandAt("/api/imports")).contains("Import");
    }

    @Test
    void anyOtherPathNamesNoCommand() {
        assertThat(CommandRoutes.commandAt("/api/projects/")).isEmpty();
        assertThat(CommandRoutes.commandAt("/api/projects//offers")).isEmpty();
        assertThat(CommandRoutes.commandAt("/api/projects/p-1/offers/o-1")).isEmpty();
        assertThat(CommandRoutes.commandAt("/api/audit/digests")).isEmpty();
        assertThat(CommandRoutes.commandAt("/actuator/prometheus")).isEmpty();
        assertThat(CommandRoutes.commandAt("/")).isEmpty();
    }
}
