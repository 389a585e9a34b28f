package org.gptracker.command.membership;

import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;


/** Parsing shared by the membership request bodies. */
final class MembershipRequests {

    static final int MAX_REASON = 2000;

    private MembershipRequests() {
    }

    static Member member(FieldErrors errors, String field, String value) {
        return errors.required(field, value) == null ? null : errors.parse(field, () -> Member.of(value));
    }



}
