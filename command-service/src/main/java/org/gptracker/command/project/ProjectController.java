package org.gptracker.command.project;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.security.Caller;
import org.gptracker.command.Refusal;
import org.gptracker.command.web.CommandRequests;
import org.gptracker.command.web.Refusals;
import org.gptracker.web.RequestExample;
import org.gptracker.web.ResponseExample;
import org.gptracker.events.value.Country;
import org.springframework.http.HttpStatus;
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

    private final CommandRequests commands;
    private final Clock clock;

    ProjectController(CommandRequests commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Propose a project", description = "Records ProjectProposed; answers the new project's id. "
            + "SECRETARIAT, or a RECIPIENT whose country is among the recipients.")
    @RequestExample(name = "chornobyl", summary = "Physical protection at the Chornobyl site (Ukraine, nuclear)", value = """
            {"title":"Rebuild physical protection at the Chornobyl site",
             "description":"Perimeter intrusion detection, access control and a central alarm station for the spent-fuel facilities in the exclusion zone.",
             "recipients":["UA"],"area":"NUCLEAR","priorities":["UKRAINE"],
             "requestedBudget":{"amount":"2500000.00","currency":"EUR"},
             "expertiseNeeded":["PHYSICAL_PROTECTION","NUCLEAR_SECURITY_CULTURE"],"effectiveDate":"2023-03-14"}""")
    @RequestExample(name = "peer-review-1540", summary = "UNSCR 1540 peer review (Mexico, Chile, Brazil; cross-cutting)", value = """
            {"title":"UNSCR 1540 peer review: Mexico, Chile and Brazil","recipients":["MX","CL","BR"],"area":"CROSS_CUTTING",
             "requestedBudget":{"amount":"420000.00","currency":"EUR"}}""")
    @ApiResponse(responseCode = "201", description = "Proposed; Location names the project")
    @ResponseExample(status = "201", summary = "The new project's id", value = """
            {"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81"}""")
    @Refusals(value = {}, concurrentChange = false)
    ResponseEntity<ProjectResponse> propose(@RequestBody ProposeProjectRequest body, HttpServletRequest request) {
        String projectId = newId();
        ProposeProject command = body.toCommand(projectId, clock);
        Caller.current().requireRecipientAmong(command.recipients().stream().map(Country::code).toList());
        return commands.send(request, body, command,
                ResponseEntity.created(URI.create("/api/projects/" + projectId)).body(new ProjectResponse(projectId)));
    }

    @PostMapping("/{projectId}/revisions")
    @Operation(summary = "Revise a proposal",
            description = "Records ProposalRevised with the changed fields only; a revision that changes nothing stores nothing. "
                    + "SECRETARIAT, or a RECIPIENT of the project (the revision must keep it a recipient).")
    @RequestExample(name = "budget", summary = "Raise the requested budget", value = """
            {"requestedBudget":{"amount":"2800000.00","currency":"EUR"},"effectiveDate":"2023-04-02"}""")
    @ApiResponse(responseCode = "200", description = "Revised (or already so)")
    @ResponseExample(status = "200", summary = "The project revised", value = """
            {"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81"}""")
    @ApiResponse(responseCode = "404", description = "No such project")
    @Refusals({Refusal.PROJECT_CLOSED, Refusal.PROPOSAL_NOT_REVISABLE})
    ResponseEntity<ProjectResponse> revise(@PathVariable("projectId") String projectId, @RequestBody ReviseProposalRequest body,
                                           HttpServletRequest request) {
        String id = ProjectFields.pathId("projectId", projectId);
        return commands.send(request, body, body.toCommand(id, clock), ResponseEntity.ok(new ProjectResponse(id)));
    }

    @PostMapping("/{projectId}/offers")
    @Operation(summary = "Offer support", description = "Records SupportOffered (an IATI outgoing pledge); answers the new offer's id. "
            + "SECRETARIAT, or a DONOR offering in its own country's name.")
    @RequestExample(name = "funds", summary = "Japan offers EUR 1.5 million", value = """
            {"donor":"JP","kind":"FUNDS","amount":{"amount":"1500000.00","currency":"EUR"},"effectiveDate":"2023-04-02"}""")
    @RequestExample(name = "expertise", summary = "Canada offers expertise only", value = """
            {"donor":"CA","kind":"EXPERTISE","expertise":["PHYSICAL_PROTECTION"],"effectiveDate":"2023-04-05"}""")
    @ApiResponse(responseCode = "201", description = "Offered; Location names the offer")
    @ResponseExample(status = "201", summary = "The new offer's id", value = """
            {"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","offerId":"0b8f5c3e-1d2a-4e6f-9a7b-3c4d5e6f7a8b"}""")
    @ApiResponse(responseCode = "404", description = "No such project")
    @Refusals({Refusal.PROJECT_CLOSED, Refusal.OFFER_KIND_MISMATCH, Refusal.DONOR_NOT_MEMBER})
    ResponseEntity<OfferResponse> offer(@PathVariable("projectId") String projectId, @RequestBody OfferSupportRequest body,
                                        HttpServletRequest request) {
        String id = ProjectFields.pathId("projectId", projectId);
        String offerId = newId();
        OfferSupport command = body.toCommand(id, offerId, clock);
        Caller.current().requireActingAs(command.donor().code());
        return commands.send(request, body, command,
                ResponseEntity.created(URI.create("/api/projects/" + id + "/offers/" + offerId))
                        .body(new OfferResponse(id, offerId)));
    }

    @PostMapping("/{projectId}/offers/{offerId}/accept")
    @Operation(summary = "Accept an offer", description = "Records OfferAccepted; the donor becomes a partner (the first acceptance makes the project MATCHED). The body may be omitted. SECRETARIAT, or a RECIPIENT of the project.")
    @RequestExample(name = "accepted", summary = "Accepted on a past date", value = """
            {"effectiveDate":"2023-04-10"}""")
    @ApiResponse(responseCode = "200", description = "Accepted")
    @ResponseExample(status = "200", summary = "The offer accepted", value = """
            {"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","offerId":"0b8f5c3e-1d2a-4e6f-9a7b-3c4d5e6f7a8b"}""")
    @ApiResponse(responseCode = "404", description = "No such project")
    @Refusals({Refusal.PROJECT_CLOSED, Refusal.OFFER_NOT_FOUND, Refusal.OFFER_NOT_OPEN})
    ResponseEntity<OfferResponse> accept(@PathVariable("projectId") String projectId, @PathVariable("offerId") String offerId,
                                         @RequestBody(required = false) OfferDecisionRequest body, HttpServletRequest request) {
        String id = ProjectFields.pathId("projectId", projectId);
        String offer = ProjectFields.pathId("offerId", offerId);
        OfferDecisionRequest decision = body == null ? OfferDecisionRequest.EMPTY : body;
        return commands.send(request, decision, decision.toAccept(id, offer, clock), ResponseEntity.ok(new OfferResponse(id, offer)));
    }

    @PostMapping("/{projectId}/offers/{offerId}/decline")
    @Operation(summary = "Decline an offer", description = "Records OfferDeclined. The body may be omitted. SECRETARIAT, or a RECIPIENT of the project.")
    @RequestExample(name = "declined", summary = "Declined with a reason", value = """
            {"reason":"The site operator already funds the alarm station.","effectiveDate":"2023-04-12"}""")
    @ApiResponse(responseCode = "200", description = "Declined")
    @ResponseExample(status = "200", summary = "The offer declined", value = """
            {"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","offerId":"0b8f5c3e-1d2a-4e6f-9a7b-3c4d5e6f7a8b"}""")
    @ApiResponse(responseCode = "404", description = "No such project")
    @Refusals({Refusal.PROJECT_CLOSED, Refusal.OFFER_NOT_FOUND, Refusal.OFFER_NOT_OPEN})
    ResponseEntity<OfferResponse> decline(@PathVariable("projectId") String projectId, @PathVariable("offerId") String offerId,
                                          @RequestBody(required = false) DeclineOfferRequest body, HttpServletRequest request) {
        String id = ProjectFields.pathId("projectId", projectId);
        String offer = ProjectFields.pathId("offerId", offerId);
        DeclineOfferRequest decision = body == null ? DeclineOfferRequest.EMPTY : body;
        return commands.send(request, decision, decision.toCommand(id, offer, clock), ResponseEntity.ok(new OfferResponse(id, offer)));
    }

    @PostMapping("/{projectId}/offers/{offerId}/withdraw")
    @Operation(summary = "Withdraw an offer", description = "Records OfferWithdrawn. The body may be omitted. SECRETARIAT, or the DONOR who made the offer.")
    @RequestExample(name = "withdrawn", summary = "Withdrawn on a past date", value = """
            {"effectiveDate":"2023-04-20"}""")
    @ApiResponse(responseCode = "200", description = "Withdrawn")
    @ResponseExample(status = "200", summary = "The offer withdrawn", value = """
            {"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","offerId":"0b8f5c3e-1d2a-4e6f-9a7b-3c4d5e6f7a8b"}""")
    @ApiResponse(responseCode = "404", description = "No such project")
    @Refusals({Refusal.PROJECT_CLOSED, Refusal.OFFER_NOT_FOUND, Refusal.OFFER_NOT_OPEN})
    ResponseEntity<OfferResponse> withdraw(@PathVariable("projectId") String projectId, @PathVariable("offerId") String offerId,
                                           @RequestBody(required = false) OfferDecisionRequest body, HttpServletRequest request) {
        String id = ProjectFields.pathId("projectId", projectId);
        String offer = ProjectFields.pathId("offerId", offerId);
        OfferDecisionRequest decision = body == null ? OfferDecisionRequest.EMPTY : body;
        return commands.send(request, decision, decision.toWithdraw(id, offer, clock), ResponseEntity.ok(new OfferResponse(id, offer)));
    }

    @PostMapping("/{projectId}/commitments")
    @Operation(summary = "Commit funding", description = "Records FundingCommitted (an IATI outgoing commitment); answers its id. "
            + "The first commitment makes the project FUNDED. SECRETARIAT, or a DONOR committing in its own country's name.")
    @RequestExample(name = "japan", summary = "Japan commits EUR 1.5 million", value = """
            {"donor":"JP","amount":{"amount":"1500000.00","currency":"EUR"},"effectiveDate":"2023-05-02"}""")
    @ApiResponse(responseCode = "201", description = "Committed")
    @ResponseExample(status = "201", summary = "The new commitment's id", value = """
            {"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","commitmentId":"7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a"}""")
    @ApiResponse(responseCode = "404", description = "No such project")
    @Refusals({Refusal.PROJECT_CLOSED, Refusal.DONOR_NOT_PARTNER, Refusal.DONOR_NOT_MEMBER})
    ResponseEntity<CommitmentResponse> commit(@PathVariable("projectId") String projectId, @RequestBody FundingRequest body,
                                              HttpServletRequest request) {
        String id = ProjectFields.pathId("projectId", projectId);
        String commitmentId = newId();
        CommitFunding command = body.toCommitment(id, commitmentId, clock);
        Caller.current().requireActingAs(command.donor().code());
        return commands.send(request, body, command,
                ResponseEntity.status(HttpStatus.CREATED).body(new CommitmentResponse(id, commitmentId)));
    }

    @PostMapping("/{projectId}/disbursements")
    @Operation(summary = "Disburse funds", description = "Records FundsDisbursed (an IATI disbursement); answers its id. "
            + "A donor never disburses more than it committed in that currency. SECRETARIAT, or a DONOR in its own name.")
    @RequestExample(name = "japan", summary = "Japan disburses a first EUR 500,000", value = """
            {"donor":"JP","amount":{"amount":"500000.00","currency":"EUR"},"effectiveDate":"2023-06-01"}""")
    @ApiResponse(responseCode = "201", description = "Disbursed")
    @ResponseExample(status = "201", summary = "The new disbursement's id", value = """
            {"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","disbursementId":"9c8b7a6f-5e4d-4c3b-8a2f-1e0d9c8b7a6f"}""")
    @ApiResponse(responseCode = "404", description = "No such project")
    @Refusals({Refusal.PROJECT_CLOSED, Refusal.DISBURSEMENT_EXCEEDS_COMMITMENT, Refusal.DONOR_NOT_MEMBER})
    ResponseEntity<DisbursementResponse> disburse(@PathVariable("projectId") String projectId, @RequestBody FundingRequest body,
                                                  HttpServletRequest request) {
        String id = ProjectFields.pathId("projectId", projectId);
        String disbursementId = newId();
        DisburseFunds command = body.toDisbursement(id, disbursementId, clock);
        Caller.current().requireActingAs(command.donor().code());
        return commands.send(request, body, command,
                ResponseEntity.status(HttpStatus.CREATED).body(new DisbursementResponse(id, disbursementId)));
    }

    @PostMapping("/{projectId}/close")
    @Operation(summary = "Close a project", description = "Records ProjectClosed; every later command on the project is refused. "
            + "COMPLETED needs a FUNDED project. SECRETARIAT only.")
    @RequestExample(name = "completed", summary = "Completed", value = """
            {"outcome":"COMPLETED","summary":"Alarm station and perimeter detection handed over to the site operator.","effectiveDate":"2023-12-15"}""")
    @RequestExample(name = "cancelled", summary = "Cancelled", value = """
            {"outcome":"CANCELLED","summary":"The recipient withdrew the request.","effectiveDate":"2023-09-30"}""")
    @ApiResponse(responseCode = "200", description = "Closed")
    @ResponseExample(status = "200", summary = "The project closed", value = """
            {"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81"}""")
    @ApiResponse(responseCode = "404", description = "No such project")
    @Refusals({Refusal.PROJECT_CLOSED, Refusal.NOT_FUNDED})
    ResponseEntity<ProjectResponse> close(@PathVariable("projectId") String projectId, @RequestBody CloseProjectRequest body,
                                          HttpServletRequest request) {
        String id = ProjectFields.pathId("projectId", projectId);
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
