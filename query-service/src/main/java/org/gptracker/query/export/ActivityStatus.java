package org.gptracker.query.export;

/** IATI's ActivityStatus of a project (DESIGN §2): where it stands, and for a closed one, how it ended. */
enum ActivityStatus {
    PIPELINE("1"), IMPLEMENTATION("2"), CLOSED("4"), CANCELLED("5");

    private final String code;

    ActivityStatus(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** @param outcome COMPLETED, CANCELLED or WITHDRAWN for a closed project */
    static ActivityStatus of(String status, String outcome) {
        return switch (status) {
            case "PROPOSED", "MATCHED" -> PIPELINE;
            case "FUNDED" -> IMPLEMENTATION;
            case "CLOSED" -> "COMPLETED".equals(outcome) ? CLOSED : CANCELLED;
            default -> throw new IllegalArgumentException("no project status " + status);
        };
    }
}
