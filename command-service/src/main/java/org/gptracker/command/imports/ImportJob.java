package org.gptracker.command.imports;

import org.gptracker.command.web.CorrelationIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One import, run in the background: read the whole file first (so a file that cannot be read
 * applies nothing), then apply it project by project, each in its own short transaction, saving
 * the progress at most every {@value #SAVE_EVERY_MILLIS} ms. The file is deleted when it is done.
 */
final class ImportJob implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ImportJob.class);
    private static final long SAVE_EVERY_MILLIS = 500;

    private final String importId;
    private final ImportFormat format;
    private final Path file;
    private final Map<String, ?> metadata;
    private final ProjectImport projects;
    private final ImportRuns runs;
    private final ImportProgress progress = new ImportProgress();

    ImportJob(String importId, ImportFormat format, Path file, Map<String, ?> metadata, ProjectImport projects, ImportRuns runs) {
        this.importId = importId;
        this.format = format;
        this.file = file;
        this.metadata = metadata;
        this.projects = projects;
        this.runs = runs;
    }

    /** Its log lines carry the import's id as correlation id, as its events do. */
    @Override
    public void run() {
        try (MDC.MDCCloseable correlation = MDC.putCloseable(CorrelationIdFilter.MDC_KEY, importId)) {
            runImport();
        }
    }

    private void runImport() {
        try {
            apply(read());
        } catch (UnreadableFileException e) {
            progress.failed(e.getMessage());
        } catch (RuntimeException e) {
            log.error("import {} stopped", importId, e);
            progress.failed("the import stopped after " + progress.rowsDone() + " rows (a failure on our side, not in the file); "
                    + "import the file again to apply the rest: what was applied is skipped");
        } finally {
            delete();
        }
        // a shutdown interrupts the import between projects; its last progress must still be saved
        boolean interrupted = Thread.interrupted();
        runs.save(importId, progress);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        log.info("import {} {}: {} rows, {} projects applied, {} unchanged, {} refused", importId, progress.state(),
                progress.rows(), progress.projectsApplied(), progress.projectsUnchanged(), progress.projectsRefused());
    }

    private FileContent read() {
        try (InputStream in = Files.newInputStream(file)) {
            return format.read(in);
        } catch (IOException e) {
            throw new UnreadableFileException("the file could not be read: " + e.getMessage(), e);
        }
    }

    private void apply(FileContent content) {
        progress.read(content);
        runs.save(importId, progress);
        long savedAt = System.currentTimeMillis();
        for (ProjectSteps project : content.projects()) {
            if (Thread.currentThread().isInterrupted()) {
                progress.failed("the service stopped during the import, after " + progress.rowsDone() + " rows; "
                        + "import the file again to apply the rest: what was applied is skipped");
                return;
            }
            progress.done(project, projects.apply(project, importId, metadata));
            if (System.currentTimeMillis() - savedAt >= SAVE_EVERY_MILLIS) {
                runs.save(importId, progress);
                savedAt = System.currentTimeMillis();
            }
        }
        progress.completed();
    }

    private void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete the file of import {}: {}", importId, e.toString());
        }
    }
}
