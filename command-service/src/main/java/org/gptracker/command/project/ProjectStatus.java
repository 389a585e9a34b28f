package org.gptracker.command.project;

enum ProjectStatus {
    PROPOSED, MATCHED, FUNDED, CLOSED
}
