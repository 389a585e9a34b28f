package org.gptracker.command.imports;

/** A row (or element) that was not applied: where it is, the project it belongs to (as the file names it), and why. */
record ImportError(int line, String project, String reason) {
}
