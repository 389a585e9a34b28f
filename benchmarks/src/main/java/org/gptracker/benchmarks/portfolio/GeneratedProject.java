package org.gptracker.benchmarks.portfolio;

import java.time.LocalDate;
import java.util.List;

import org.gptracker.events.GpEvent;
import org.gptracker.events.project.ProjectClosed;

/**
 * One generated project: its events in the order they happened, each carrying the ids the command
 * service would have handed out (drawn deterministically) and the presidency its date falls in.
 */
public record GeneratedProject(long index, String projectId, List<GpEvent> events) {

    public GeneratedProject {
        events = List.copyOf(events);
    }

    public boolean closed() {
        return events.get(events.size() - 1) instanceof ProjectClosed;
    }

    public LocalDate proposedOn() {
        return events.get(0).effectiveDate();
    }

    public LocalDate lastEffectiveDate() {
        return events.get(events.size() - 1).effectiveDate();
    }
}
