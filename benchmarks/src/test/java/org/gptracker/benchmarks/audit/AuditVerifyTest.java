package org.gptracker.benchmarks.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.gptracker.benchmarks.loading.GpHttp;
import org.junit.jupiter.api.Test;

class AuditVerifyTest {

    @Test
    void aVerificationIsTimedAsEventsPerSecond() {
        AuditVerify.Result result = AuditVerify.of(new GpHttp.Answer(200,
                "{\"verified\":true,\"events\":1000000,\"aggregates\":100000,\"checkedAt\":\"2026-12-07T04:00:00Z\",\"breaks\":[]}"), 4.0);

        assertThat(result.eventsPerSecond()).isEqualTo(250_000.0);
        assertThat(result.verified()).isTrue();
        assertThat(result.asMap()).containsEntry("available", true).containsEntry("aggregates", 100_000L);
    }

    @Test
    void aServiceWithoutTheEndpointIsUnavailableWithItsReasonNotZero() {
        AuditVerify.Result result = AuditVerify.of(new GpHttp.Answer(404, "{\"title\":\"Not Found\"}"), 0.01);

        assertThat(result.eventsPerSecond()).isNull();
        assertThat(result.asMap()).containsEntry("available", false).containsEntry("reason", "GET /api/audit/verify answered 404");
    }

    @Test
    void anAnswerThatIsNoVerificationIsUnavailableToo() {
        AuditVerify.Result result = AuditVerify.of(new GpHttp.Answer(200, "<html>login</html>"), 0.01);

        assertThat(result.unavailable()).contains("no verification");
    }
}
