package org.gptracker.command.project;

/**
 * A command on a project, built by its factory from plain fields (as text, the way an HTTP body or an
 * import file gives them) into value types, every bad field named in one {@code RequestValidationException};
 * the API's request bodies and the importers build them alike.
 */
public sealed interface ProjectCommand permits ProposeProject, ReviseProposal, OfferSupport, AcceptOffer, DeclineOffer,
        WithdrawOffer, CommitFunding, DisburseFunds, CloseProject {

    String projectId();
}
