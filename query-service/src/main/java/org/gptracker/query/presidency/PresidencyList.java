package org.gptracker.query.presidency;

import java.util.List;

/** Every presidency, by year. */
record PresidencyList(List<PresidencyHeadline> presidencies) {
}
