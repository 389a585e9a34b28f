package org.gptracker.benchmarks.loading;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.gptracker.benchmarks.portfolio.GeneratedProject;
import org.gptracker.benchmarks.portfolio.Portfolio;

/**
 * Sends every generated step as the real command over HTTP, from concurrent clients that each take
 * the next project and play its steps in order (a project's commands depend on the ids the previous
 * ones answered).
 */
public final class HttpFeed implements ProjectFeed {

    private final GpHttp commands;
    private final int clients;

    public HttpFeed(GpHttp commands, int clients) {
        this.commands = commands;
        this.clients = clients;
    }

    @Override
    public FedPortfolio feed(Portfolio portfolio, long first, long count, Progress progress) {
        ProjectCommands player = new ProjectCommands(commands, portfolio.seed());
        AtomicLong next = new AtomicLong(first);
        AtomicBoolean failed = new AtomicBoolean();
        AtomicLong events = new AtomicLong();
        AtomicReference<String> open = new AtomicReference<>();
        AtomicReference<String> closed = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> {
                    try {
                        for (long index = next.getAndIncrement(); index < first + count && !failed.get();
                             index = next.getAndIncrement()) {
                            GeneratedProject project = portfolio.project(index);
                            String projectId = player.send(project);
                            (project.closed() ? closed : open).compareAndSet(null, projectId);
                            events.addAndGet(project.events().size());
                            progress.written(1, project.events().size());
                        }
                    } catch (RuntimeException e) {
                        failed.set(true); // the other clients stop after their current project
                        throw e;
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        return new FedPortfolio(count, events.get(), open.get(), closed.get());
    }
}
