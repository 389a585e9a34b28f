package org.gptracker.command.metrics;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which command a {@code POST} to the command API sends (DESIGN §4), known from the path alone, so that
 * a request refused before it reaches its controller (401, 403, 413) is still counted under its command.
 */
final class CommandRoutes {

    private static final Map<PathPattern, String> COMMANDS = new LinkedHashMap<>();

    static {
        route("/api/presidencies", "OpenPresidency");
        route("/api/presidencies/{year}/priorities", "DeclarePriority");
        route("/api/presidencies/{year}/close", "ClosePresidency");
        route("/api/presidencies/{year}/handover", "HandOverChair");
        route("/api/members", "AdmitMember");
        route("/api/members/{country}/suspension", "SuspendMember");
        route("/api/members/{country}/reinstatement", "ReinstateMember");
        route("/api/projects", "ProposeProject");
        route("/api/projects/{id}/revisions", "ReviseProposal");
        route("/api/projects/{id}/offers", "OfferSupport");
        route("/api/projects/{id}/offers/{offerId}/accept", "AcceptOffer");
        route("/api/projects/{id}/offers/{offerId}/decline", "DeclineOffer");
        route("/api/projects/{id}/offers/{offerId}/withdraw", "WithdrawOffer");
        route("/api/projects/{id}/commitments", "CommitFunding");
        route("/api/projects/{id}/disbursements", "DisburseFunds");
        route("/api/projects/{id}/close", "CloseProject");
        route("/api/imports", "Import");
    }

    private CommandRoutes() {
    }

    private static void route(String pattern, String command) {
        COMMANDS.put(PathPatternParser.defaultInstance.parse(pattern), command);
    }

    /** The command a {@code POST} to this path sends; empty for any other path. */
    static Optional<String> commandAt(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return COMMANDS.entrySet().stream()
                .filter(route -> route.getKey().matches(container))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
