package org.gptracker.command.project;

import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.util.List;

/** What a project currently asks for: the proposal as revised so far. */
record Proposal(
        String title,
        String description,
        List<Country> recipients,
        CbrnArea area,
        List<String> priorities,
        Money requestedBudget,
        List<String> expertiseNeeded) {

    static Proposal of(ProjectProposed event) {
        return new Proposal(event.title(), event.description(), event.recipients(), event.area(), event.priorities(),
                event.requestedBudget(), event.expertiseNeeded());
    }

    /** This proposal with the revision's present fields replacing its own. */
    Proposal revisedBy(ProposalRevised revision) {
        return new Proposal(
                or(revision.title(), title),
                or(revision.description(), description),
                or(revision.recipients(), recipients),
                or(revision.area(), area),
                or(revision.priorities(), priorities),
                or(revision.requestedBudget(), requestedBudget),
                or(revision.expertiseNeeded(), expertiseNeeded));
    }

    /** The proposed value if it differs from the current one, else null (unchanged). */
    static <T> T changed(T current, T proposed) {
        return proposed == null || proposed.equals(current) ? null : proposed;
    }

    static boolean changesNothing(ProposalRevised revision) {
        return revision.title() == null && revision.description() == null && revision.recipients() == null
                && revision.area() == null && revision.priorities() == null && revision.requestedBudget() == null
                && revision.expertiseNeeded() == null;
    }

    private static <T> T or(T revised, T current) {
        return revised != null ? revised : current;
    }
}
