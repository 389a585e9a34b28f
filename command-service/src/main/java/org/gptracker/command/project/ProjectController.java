package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.dispatch.CommandDispatcher;
import org.gptracker.command.security.Caller;
import org.gptracker.command.web.CommonProblems;
import org.gptracker.events.value.Country;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects", description = "The project lifecycle, from proposal to closure")
class ProjectController {

    private final CommandDispatcher commands;
    private final Clock clock;

    ProjectController(CommandDispatcher commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Propose a project", description = "Records ProjectProposed; answers the new project's id.")
    @ApiResponse(responseCode = "201", description = "Proposed; Location names the project")
    @ApiResponse(responseCode = "409", description = "Refused by a domain rule; see code",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @CommonProblems
    ResponseEntity<ProjectResponse> propose(@RequestBody ProposeProjectRequest body, HttpServletRequest request) {
        String projectId = newId();
        ProposeProject command = body.toCommand(projectId, clock);
        Caller.current().requireRecipientAmong(command.recipients().stream().map(Country::code).toList());
        return commands.send(request, body, command,
                ResponseEntity.created(URI.create("/api/projects/" + projectId)).body(new ProjectResponse(projectId)));
    }

    @PostMapping("/{projectId}/revisions")
    @Operation(summary = "Revise a proposal",
            description = "Records ProposalRevised with the changed fields only; a revision that changes nothing stores nothing.")
    @ApiResponse(responseCode = "200", description = "Revised (or already so)")
    @ApiResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (PROJECT_CLOSED, PROPOSAL_NOT_REVISABLE, TITLE_REQUIRED, "
            + "RECIPIENT_REQUIRED, DUPLICATE_RECIPIENT, CONCURRENT_CHANGE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @CommonProblems
    ResponseEntity<ProjectResponse> revise(@PathVariable("projectId") String projectId, @RequestBody ReviseProposalRequest body,
                                           HttpServletRequest request) {
        String id = ProjectRequests.pathId("projectId", projectId);
        return commands.send(request, body, body.toCommand(id, clock), ResponseEntity.ok(new ProjectResponse(id)));
    }

    @PostMapping("/{projectId}/offers")
    @Operation(summary = "Offer support", description = "Records SupportOffered; answers the new offer's id.")
    @ApiResponse(responseCode = "201", description = "Offered; Location names the offer")
    @ApiResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (PROJECT_CLOSED, DONOR_NOT_MEMBER, OFFER_KIND_MISMATCH, "
            + "OFFER_AMOUNT_REQUIRED, CONCURRENT_CHANGE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @CommonProblems
    ResponseEntity<OfferResponse> offer(@PathVariable("projectId") String projectId, @RequestBody OfferSupportRequest body,
                                        HttpServletRequest request) {
        String id = ProjectRequests.pathId("projectId", projectId);
        String offerId = newId();
        OfferSupport command = body.toCommand(id, offerId, clock);
        Caller.current().requireActingAs(command.donor().code());
        return commands.send(request, body, command,
                ResponseEntity.created(URI.create("/api/projects/" + id + "/offers/" + offerId))
                        .body(new OfferResponse(id, offerId)));
    }

    @PostMapping("/{projectId}/offers/{offerId}/accept")
    @Operation(summary = "Accept an offer", description = "Records OfferAccepted; the donor becomes a partner. The body may be omitted.")
    @ApiResponse(responseCode = "200", description = "Accepted")
    @ApiResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (PROJECT_CLOSED, OFFER_NOT_FOUND, OFFER_NOT_OPEN, CONCURRENT_CHANGE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @CommonProblems
    ResponseEntity<OfferResponse> accept(@PathVariable("projectId") String projectId, @PathVariable("offerId") String offerId,
                                         @RequestBody(required = false) OfferDecisionRequest body, HttpServletRequest request) {
        String id = ProjectRequests.pathId("projectId", projectId);
        String offer = ProjectRequests.pathId("offerId", offerId);
        OfferDecisionRequest decision = body == null ? OfferDecisionRequest.EMPTY : body;
        return commands.send(request, decision, decision.toAccept(id, offer, clock), ResponseEntity.ok(new OfferResponse(id, offer)));
    }

    @PostMapping("/{projectId}/offers/{offerId}/decline")
    @Operation(summary = "Decline an offer", description = "Records OfferDeclined. The body may be omitted.")
    @ApiResponse(responseCode = "200", description = "Declined")
    @ApiResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (PROJECT_CLOSED, OFFER_NOT_FOUND, OFFER_NOT_OPEN, CONCURRENT_CHANGE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @CommonProblems
    ResponseEntity<OfferResponse> decline(@PathVariable("projectId") String projectId, @PathVariable("offerId") String offerId,
                                          @RequestBody(required = false) DeclineOfferRequest body, HttpServletRequest request) {
        String id = ProjectRequests.pathId("projectId", projectId);
        String offer = ProjectRequests.pathId("offerId", offerId);
        DeclineOfferRequest decision = body == null ? DeclineOfferRequest.EMPTY : body;
        return commands.send(request, decision, decision.toCommand(id, offer, clock), ResponseEntity.ok(new OfferResponse(id, offer)));
    }

    @PostMapping("/{projectId}/offers/{offerId}/withdraw")
    @Operation(summary = "Withdraw an offer", description = "Records OfferWithdrawn. The body may be omitted.")
    @ApiResponse(responseCode = "200", description = "Withdrawn")
    @ApiResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (PROJECT_CLOSED, OFFER_NOT_FOUND, OFFER_NOT_OPEN, CONCURRENT_CHANGE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @CommonProblems
    ResponseEntity<OfferResponse> withdraw(@PathVariable("projectId") String projectId, @PathVariable("offerId") String offerId,
                                           @RequestBody(required = false) OfferDecisionRequest body, HttpServletRequest request) {
        String id = ProjectRequests.pathId("projectId", projectId);
        String offer = ProjectRequests.pathId("offerId", offerId);
        OfferDecisionRequest decision = body == null ? OfferDecisionRequest.EMPTY : body;
        return commands.send(request, decision, decision.toWithdraw(id, offer, clock), ResponseEntity.ok(new OfferResponse(id, offer)));
    }

    @PostMapping("/{projectId}/commitments")
    @Operation(summary = "Commit funding", description = "Records FundingCommitted (an IATI outgoing commitment); answers its id.")
    @ApiResponse(responseCode = "201", description = "Committed")
    @ApiResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (PROJECT_CLOSED, DONOR_NOT_PARTNER, DONOR_NOT_MEMBER, CONCURRENT_CHANGE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @CommonProblems
    ResponseEntity<CommitmentResponse> commit(@PathVariable("projectId") String projectId, @RequestBody FundingRequest body,
                                              HttpServletRequest request) {
        String id = ProjectRequests.pathId("projectId", projectId);
        String commitmentId = newId();
        CommitFunding command = body.toCommitment(id, commitmentId, clock);
        Caller.current().requireActingAs(command.donor().code());
        return commands.send(request, body, command,
                ResponseEntity.status(HttpStatus.CREATED).body(new CommitmentResponse(id, commitmentId)));
    }

    @PostMapping("/{projectId}/disbursements")
    @Operation(summary = "Disburse funds", description = "Records FundsDisbursed (an IATI disbursement); answers its id.")
    @ApiResponse(responseCode = "201", description = "Disbursed")
    @ApiResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (PROJECT_CLOSED, DISBURSEMENT_EXCEEDS_COMMITMENT, DONOR_NOT_MEMBER, "
            + "CONCURRENT_CHANGE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @CommonProblems
    ResponseEntity<DisbursementResponse> disburse(@PathVariable("projectId") String projectId, @RequestBody FundingRequest body,
                                                  HttpServletRequest request) {
        String id = ProjectRequests.pathId("projectId", projectId);
        String disbursementId = newId();
        DisburseFunds command = body.toDisbursement(id, disbursementId, clock);
        Caller.current().requireActingAs(command.donor().code());
        return commands.send(request, body, command,
                ResponseEntity.status(HttpStatus.CREATED).body(new DisbursementResponse(id, disbursementId)));
    }

    @PostMapping("/{projectId}/close")
    @Operation(summary = "Close a project", description = "Records ProjectClosed; every later command on the project is refused.")
    @ApiResponse(responseCode = "200", description = "Closed")
    @ApiResponse(responseCode = "404", description = "No such project",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (PROJECT_CLOSED, NOT_FUNDED, CONCURRENT_CHANGE)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @CommonProblems
    ResponseEntity<ProjectResponse> close(@PathVariable("projectId") String projectId, @RequestBody CloseProjectRequest body,
                                          HttpServletRequest request) {
        String id = ProjectRequests.pathId("projectId", projectId);
        return commands.send(request, body, body.toCommand(id, clock), ResponseEntity.ok(new ProjectResponse(id)));
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }


    /** The project a command was about. */
    record ProjectResponse(String projectId) {
    }

    record OfferResponse(String projectId, String offerId) {
    }

    record CommitmentResponse(String projectId, String commitmentId) {
    }

    record DisbursementResponse(String projectId, String disbursementId) {
    }
}
