package org.gptracker.query.project;

import java.util.List;

/** The {@code page} answer of DESIGN §4: {@code page} is 0-based, {@code totalElements} counts every match. */
record ProjectPage(List<ProjectSummary> content, int page, int size, long totalElements) {
}
