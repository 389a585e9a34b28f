package org.gptracker.benchmarks.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gptracker.benchmarks.loading.GpHttp;

/**
 * Times the command service's verification of every hash chain, {@code GET /api/audit/verify}, over the whole log:
 * events verified per second. A service without the endpoint (or one that refuses) is reported as unavailable with the
 * reason, never as a rate of zero.
 */
public final class AuditVerify {

    /** @param eventsPerSecond null when the endpoint did not answer with a verification */
    public record Result(Double eventsPerSecond, long events, long aggregates, Boolean verified, double seconds, String unavailable) {

        public Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            if (unavailable != null) {
                map.put("available", false);
                map.put("reason", unavailable);
                return map;
            }
            map.put("available", true);
            map.put("verified", verified);
            map.put("events", events);
            map.put("aggregates", aggregates);
            map.put("seconds", seconds);
            map.put("eventsPerSecond", eventsPerSecond);
            return map;
        }
    }

    private final GpHttp commands;

    public AuditVerify(GpHttp commands) {
        this.commands = commands;
    }

    public Result run() {
        long started = System.nanoTime();
        GpHttp.Answer answer;
        try {
            answer = commands.get("/api/audit/verify");
        } catch (RuntimeException e) {
            return unavailable("GET /api/audit/verify failed: " + e.getMessage());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return of(answer, seconds);
    }

    static Result of(GpHttp.Answer answer, double seconds) {
        if (!answer.ok()) {
            return unavailable("GET /api/audit/verify answered " + answer.status());
        }
        JsonNode body = answer.json();
        if (!body.path("events").isIntegralNumber() || !body.path("verified").isBoolean()) {
            return unavailable("GET /api/audit/verify answered no verification (no \"verified\" and \"events\")");
        }
        long events = body.path("events").asLong();
        return new Result(events / Math.max(seconds, 1e-9), events, body.path("aggregates").asLong(), body.path("verified").asBoolean(),
                seconds, null);
    }

    private static Result unavailable(String reason) {
        return new Result(null, 0, 0, null, 0, reason);
    }
}
