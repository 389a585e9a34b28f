package org.gptracker.events.presidency;

import org.gptracker.events.Required;

/** A priority a presidency sets, e.g. {@code BIOSECURITY_AFRICA} "Biosecurity in Africa". */
public record Priority(String code, String title) {
    public Priority {
        Required.field(code, "code");
        Required.field(title, "title");
    }
}
