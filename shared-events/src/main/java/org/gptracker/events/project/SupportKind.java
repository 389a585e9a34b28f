package org.gptracker.events.project;

/** What a member offers a project. */
public enum SupportKind {
    FUNDS, EXPERTISE, FUNDS_AND_EXPERTISE
}
