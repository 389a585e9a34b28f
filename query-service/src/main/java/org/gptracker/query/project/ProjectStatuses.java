package org.gptracker.query.project;

/** The status of projects as the project projection just left them, for a store that writes after it in the same batch. */
public interface ProjectStatuses {

    /** The project's status after the event just applied or skipped; null when the project is not in the batch. */
    String status(String aggregateId);
}
