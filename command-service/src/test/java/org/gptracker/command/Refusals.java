package org.gptracker.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link CommandRefusedException} by its stable code, for aggregate fixtures. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<CommandRefusedException> refused(Refusal code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefusedException e) {
                return code == e.code();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a command refused with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(CommandRefusedException e, Description mismatch) {
                mismatch.appendText("was refused with code ").appendValue(e.code()).appendText(": ").appendText(e.getMessage());
            }
        };
    }
}
