package org.gptracker.query.project;

/** Where a project stands in the match-making process (DESIGN §2). */
enum ProjectStatus {
    PROPOSED, MATCHED, FUNDED, CLOSED
}
