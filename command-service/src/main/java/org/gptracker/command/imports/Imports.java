package org.gptracker.command.imports;

import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gptracker.command.eventstore.CommandMetadata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts imports and tells how they are doing. A file is kept in a temporary file while it waits
 * and runs; {@code gp.imports.parallel} imports run at a time (each in one thread, project after
 * project) and {@code gp.imports.queue} more may wait, so imports never crowd out the API's commands.
 */
@Component
class Imports {

    private final ThreadPoolExecutor executor;
    private final ImportRuns runs;
    private final ProjectImport projects;

    Imports(ImportRuns runs, AppliedSteps applied, CommandGateway gateway, PlatformTransactionManager transactions, Clock clock,
            @Value("${gp.imports.parallel:2}") int parallel, @Value("${gp.imports.queue:8}") int queue) {
        this.runs = runs;
        this.projects = new ProjectImport(new TransactionTemplate(transactions), gateway, applied,
                new StepCommands(clock));
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(parallel, parallel, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
                task -> new Thread(task, "gp-import-" + threads.incrementAndGet()));
    }

    /** Keeps the file and queues its import; the import runs as {@code actor}, its events correlated by the import's id. */
    String start(InputStream body, ImportFormat format, String actor) {
        String importId = UUID.randomUUID().toString();
        Path file = copy(body);
        runs.started(importId, format, actor);
        try {
            executor.execute(new ImportJob(importId, format, file, CommandMetadata.of(actor, importId), projects, runs));
        } catch (RejectedExecutionException full) {
            runs.forget(importId);
            delete(file);
            throw new ImportsBusyException();
        }
        return importId;
    }

    Optional<ImportView> find(String importId) {
        return runs.find(importId);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static Path copy(InputStream body) {
        Path file = null;
        try {
            file = Files.createTempFile("gp-import-", ".upload");
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temporary directory
            }
        }
    }
}
