package org.gptracker.events.iati;

/** IATI's ActivityStatus of a project: where it stands, and for a closed one, how it ended as far as IATI can say. */
public enum ActivityStatus {
    PIPELINE("1"), IMPLEMENTATION("2"), CLOSED("4"), CANCELLED("5");

    private final String code;

    ActivityStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /**
     * @param status  PROPOSED, MATCHED, FUNDED or CLOSED
     * @param outcome COMPLETED, CANCELLED or WITHDRAWN for a closed project
     */
    public static ActivityStatus of(String status, String outcome) {
        return switch (status) {
            case "PROPOSED", "MATCHED" -> PIPELINE;
            case "FUNDED" -> IMPLEMENTATION;
            case "CLOSED" -> "COMPLETED".equals(outcome) ? CLOSED : CANCELLED;
            default -> throw new IllegalArgumentException("no project status " + status);
        };
    }

    /**
     * How a project with this status code ended, or null when it has not: the outcome the file names in
     * its extension element when there is one, else the one the code implies (4 completed, 5 cancelled).
     */
    public static String outcome(String code, String named) {
        if (!CLOSED.code.equals(code) && !CANCELLED.code.equals(code)) {
            return null;
        }
        if (named != null) {
            return named;
        }
        return CLOSED.code.equals(code) ? "COMPLETED" : "CANCELLED";
    }
}
