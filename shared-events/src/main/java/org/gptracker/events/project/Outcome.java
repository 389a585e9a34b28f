package org.gptracker.events.project;

/** How a project ended. */
public enum Outcome {
    COMPLETED, CANCELLED, WITHDRAWN
}
