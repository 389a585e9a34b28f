package org.gptracker.command.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What a file holds: each project's steps in the order the file first names the project, and the rows that belong to no project. */
final class FileContent {

    private final Map<String, ProjectSteps> projects = new LinkedHashMap<>();
    private final List<ImportError> loose = new ArrayList<>();
    private int rows;

    /** The project with this reference, its id made by {@code idOf} the first time it is named. */
    ProjectSteps project(String reference, Function<String, String> idOf) {
        String projectId = idOf.apply(reference);
        return projects.computeIfAbsent(projectId, id -> new ProjectSteps(reference, id));
    }

    /** A row that names no project: reported, and counted as done. */
    void loose(int line, String reason) {
        loose.add(new ImportError(line, null, reason));
    }

    void countRows(int n) {
        rows += n;
    }

    List<ProjectSteps> projects() {
        return List.copyOf(projects.values());
    }

    List<ImportError> loose() {
        return loose;
    }

    int rows() {
        return rows;
    }
}
