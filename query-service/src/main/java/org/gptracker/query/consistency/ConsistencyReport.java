package org.gptracker.query.consistency;

import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /admin/consistency}.
 *
 * @param aggregates  how many aggregates were compared: those known to either side
 * @param differences by aggregate id
 */
record ConsistencyReport(boolean consistent, Instant checkedAt, int aggregates, List<Difference> differences) {
}
