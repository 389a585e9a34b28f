package org.gptracker.command.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which command a {@code POST} to the command API sends (DESIGN §4), known from the path alone, so that
 * a request refused before it reaches its controller (401, 403, 413) is still counted under its command. A route is
 * its path's segments, {@code {name}} standing for any one non-empty segment; the path is split once per request
 * (matching it against seventeen Spring path patterns was a visible share of a command's CPU).
 */
final class CommandRoutes {

    private record Route(String[] segments, String command) {

        boolean matches(String[] path) {
            if (path.length != segments.length) {
                return false;
            }
            for (int i = 0; i < path.length; i++) {
                boolean variable = segments[i].startsWith("{");
                if (variable ? path[i].isEmpty() : !segments[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Route> COMMANDS = new ArrayList<>();

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
        COMMANDS.add(new Route(pattern.split("/", -1), command));
    }

    /** The command a {@code POST} to this path sends; empty for any other path. */
    static Optional<String> commandAt(String path) {
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        String[] segments = path.split("/", -1);
        for (Route route : COMMANDS) {
            if (route.matches(segments)) {
                return Optional.of(route.command());
            }
        }
        return Optional.empty();
    }
}
