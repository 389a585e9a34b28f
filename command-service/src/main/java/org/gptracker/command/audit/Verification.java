package org.gptracker.command.audit;

import java.time.Instant;
import java.util.List;

/** The answer of {@code GET /api/audit/verify}; {@code breaksOmitted} counts breaks beyond the listed ones. */
record Verification(boolean verified, long events, long aggregates, Instant checkedAt, List<Break> breaks,
                    long breaksOmitted) {
}
