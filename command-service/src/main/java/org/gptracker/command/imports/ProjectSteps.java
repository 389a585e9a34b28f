package org.gptracker.command.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One project's steps as a file gives them, in order, and the rows of it that could not be read
 * (which keep the whole project out). Each step has a key made of the project and what the step
 * says (plus how many identical steps came before it in the project), so an import recognises a
 * step it applied before wherever the step stands in the file.
 */
final class ProjectSteps {

    private final String reference;
    private final String projectId;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final List<ImportError> unreadable = new ArrayList<>();
    private int rows;

    ProjectSteps(String reference, String projectId) {
        this.reference = reference;
        this.projectId = projectId;
    }

    void add(Step step) {
        String content = step.content();
        int occurrence = occurrences.merge(content, 1, Integer::sum);
        steps.add(step);
        keys.add(Ids.sha256(projectId + "\n" + content + "\n" + occurrence));
    }

    void unreadable(int line, String reason) {
        unreadable.add(new ImportError(line, reference, reason));
    }

    /** Counts a row of the file (or an element that stands for rows) towards this project. */
    void countRows(int n) {
        rows += n;
    }

    String reference() {
        return reference;
    }

    String projectId() {
        return projectId;
    }

    List<Step> steps() {
        return steps;
    }

    String key(int index) {
        return keys.get(index);
    }

    List<String> keys() {
        return keys;
    }

    List<ImportError> unreadable() {
        return unreadable;
    }

    int rows() {
        return rows;
    }
}
