package org.gptracker.events.audit;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A digest of the audit trail was recorded: the root of an RFC 9162 Merkle tree over every aggregate's chain
 * head (docs/audit.md). Whoever keeps this record can later hold the store to it. Its aggregate is the digest.
 */
@EventType(name = "gp.audit.DigestPublished", version = 1, aggregate = "AuditDigest")
public record DigestPublished(
        String digestId,
        String root,
        int treeSize,
        Instant createdAt,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public DigestPublished {
        Required.field(digestId, "digestId");
        Required.field(root, "root");
        Required.field(createdAt, "createdAt");
        Required.field(effectiveDate, "effectiveDate");
    }
}
