package org.gptracker.command.relay;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits until Kafka acknowledged every record of a relay batch, or fails the batch. */
record Acknowledgements(List<? extends CompletableFuture<?>> sends, Duration timeout) {

    void await() {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayFailedException("interrupted while waiting for Kafka to acknowledge " + sends.size() + " records", e);
        } catch (ExecutionException e) {
            throw new RelayFailedException("Kafka refused a record: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new RelayFailedException("Kafka did not acknowledge " + sends.size() + " records within " + timeout, e);
        }
    }
}
