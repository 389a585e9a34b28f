package org.gptracker.command.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * How far one import has got: counted by the thread that runs it, saved now and then for anyone
 * to read. The first {@value #MAX_ERRORS} errors are kept; {@code errorCount} counts them all.
 */
final class ImportProgress {

    static final int MAX_ERRORS = 1000;

    enum State { RUNNING, COMPLETED, FAILED }

    private State state = State.RUNNING;
    private int rows;
    private int rowsDone;
    private int projects;
    private int projectsApplied;
    private int projectsUnchanged;
    private int projectsRefused;
    private final List<ImportError> errors = new ArrayList<>();
    private int errorCount;
    private String reason;

    void read(FileContent content) {
        rows = content.rows();
        projects = content.projects().size();
        content.loose().forEach(this::error);
        rowsDone = content.loose().size();
    }

    void done(ProjectSteps project, ProjectImport.Outcome outcome) {
        rowsDone += project.rows();
        switch (outcome.result()) {
            case APPLIED -> projectsApplied++;
            case UNCHANGED -> projectsUnchanged++;
            case REFUSED -> projectsRefused++;
        }
        outcome.errors().forEach(this::error);
    }

    void completed() {
        state = State.COMPLETED;
    }

    void failed(String why) {
        state = State.FAILED;
        reason = why;
    }

    private void error(ImportError error) {
        errorCount++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        }
    }

    State state() {
        return state;
    }

    int rows() {
        return rows;
    }

    int rowsDone() {
        return rowsDone;
    }

    int projects() {
        return projects;
    }

    int projectsApplied() {
        return projectsApplied;
    }

    int projectsUnchanged() {
        return projectsUnchanged;
    }

    int projectsRefused() {
        return projectsRefused;
    }

    List<ImportError> errors() {
        return errors;
    }

    int errorCount() {
        return errorCount;
    }

    String reason() {
        return reason;
    }
}
