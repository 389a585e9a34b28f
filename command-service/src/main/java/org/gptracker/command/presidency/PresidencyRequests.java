package org.gptracker.command.presidency;

import org.gptracker.command.web.FieldErrors;


/** Parsing shared by the presidency request bodies. */
final class PresidencyRequests {

    static final int FIRST_YEAR = 2002;
    static final int LAST_YEAR = 9999;
    static final int MAX_CODE = 64;
    static final int MAX_TITLE = 200;

    private PresidencyRequests() {
    }

    static Integer year(FieldErrors errors, String field, Integer value) {
        if (errors.required(field, value) == null) {
            return null;
        }
        if (value < FIRST_YEAR || value > LAST_YEAR) {
            errors.reject(field, "must be a year from " + FIRST_YEAR + " (the partnership's founding) to " + LAST_YEAR);
            return null;
        }
        return value;
    }

    static int pathYear(String value) {
        FieldErrors errors = new FieldErrors();
        Integer year = null;
        try {
            year = year(errors, "year", Integer.valueOf(value));
        } catch (NumberFormatException e) {
            errors.reject("year", "'" + value + "' is not a year such as 2023");
        }
        errors.throwIfAny();
        return year;
    }

    static String code(FieldErrors errors, String field, String value) {
        String code = errors.requiredText(field, value, MAX_CODE);
        return code == null ? null : code.strip();
    }

    static String title(FieldErrors errors, String field, String value) {
        String title = errors.requiredText(field, value, MAX_TITLE);
        return title == null ? null : title.strip();
    }



}
