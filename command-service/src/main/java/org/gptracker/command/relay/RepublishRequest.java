package org.gptracker.command.relay;

import org.gptracker.command.web.FieldErrors;

/** {@code POST /admin/republish}: from which global index of the event store to send again (default 0). */
record RepublishRequest(Long fromGlobalIndex) {

    long validFromGlobalIndex() {
        if (fromGlobalIndex == null) {
            return 0;
        }
        if (fromGlobalIndex < 0) {
            FieldErrors errors = new FieldErrors();
            errors.reject("fromGlobalIndex", "must be 0 or more");
            errors.throwIfAny();
        }
        return fromGlobalIndex;
    }
}
