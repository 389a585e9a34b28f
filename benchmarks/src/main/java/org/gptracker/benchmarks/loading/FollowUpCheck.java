package org.gptracker.benchmarks.loading;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Proves the command service can load what was generated: one more offer on an open generated
 * project must be accepted (2xx), and a command on a closed one refused with 409 PROJECT_CLOSED —
 * both need the aggregate rebuilt from the generated events.
 */
public final class FollowUpCheck {

    public record Outcome(boolean passed, String report) {
    }

    private final GpHttp commands;

    public FollowUpCheck(GpHttp commands) {
        this.commands = commands;
    }

    public Outcome run(FedPortfolio fed) {
        StringBuilder report = new StringBuilder();
        boolean passed = true;
        if (fed.anOpenProject() != null) {
            GpHttp.Answer offer = commands.post("/api/projects/" + fed.anOpenProject() + "/offers",
                    Map.of("donor", "CA", "kind", "EXPERTISE", "expertise", List.of("TRAINING"),
                            "effectiveDate", LocalDate.now().toString()), null);
            passed &= offer.ok();
            report.append("offer on open project ").append(fed.anOpenProject()).append(": HTTP ").append(offer.status())
                    .append(offer.ok() ? "" : " " + offer.body()).append('\n');
        }
        if (fed.aClosedProject() != null) {
            GpHttp.Answer refused = commands.post("/api/projects/" + fed.aClosedProject() + "/close",
                    Map.of("outcome", "WITHDRAWN"), null);
            boolean asExpected = refused.status() == 409 && "PROJECT_CLOSED".equals(refused.refusalCode());
            passed &= asExpected;
            report.append("close on closed project ").append(fed.aClosedProject()).append(": HTTP ").append(refused.status())
                    .append(' ').append(refused.refusalCode()).append(asExpected ? "" : " " + refused.body()).append('\n');
        }
        return new Outcome(passed, report.toString().strip());
    }
}
