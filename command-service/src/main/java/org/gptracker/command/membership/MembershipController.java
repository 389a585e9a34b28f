package org.gptracker.command.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.dispatch.CommandDispatcher;
import org.gptracker.command.web.CommonProblems;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;

@RestController
@RequestMapping("/api/members")
@Tag(name = "Members", description = "Admission, suspension and reinstatement of member states")
class MembershipController {

    private final CommandDispatcher commands;
    private final Clock clock;

    MembershipController(CommandDispatcher commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Admit a member", description = "Records MemberAdmitted; answers the member's country code.")
    @ApiResponse(responseCode = "201", description = "Admitted; Location names the member")
    @CommonProblems
    @ApiResponse(responseCode = "409", description = "Refused (ALREADY_MEMBER)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<MemberResponse> admit(@RequestBody AdmitMemberRequest body, HttpServletRequest request) {
        AdmitMember command = body.toCommand(clock);
        String country = command.country().code();
        return commands.send(request, body, command,
                ResponseEntity.created(URI.create("/api/members/" + country)).body(new MemberResponse(country)));
    }

    @PostMapping("/{country}/suspension")
    @Operation(summary = "Suspend a member", description = "Records MemberSuspended.")
    @ApiResponse(responseCode = "201", description = "Suspended")
    @CommonProblems
    @ApiResponse(responseCode = "404", description = "No such member",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (ALREADY_SUSPENDED, SUSPENDED_BEFORE_ADMISSION)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<MemberResponse> suspend(@PathVariable("country") String country, @RequestBody SuspendMemberRequest body,
                                                   HttpServletRequest request) {
        Member member = pathMember(country);
        return commands.send(request, body, body.toCommand(member, clock),
                ResponseEntity.status(201).body(new MemberResponse(member.code())));
    }

    @PostMapping("/{country}/reinstatement")
    @Operation(summary = "Reinstate a suspended member", description = "Records MemberReinstated.")
    @ApiResponse(responseCode = "201", description = "Reinstated")
    @CommonProblems
    @ApiResponse(responseCode = "404", description = "No such member",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (NOT_SUSPENDED, REINSTATED_BEFORE_SUSPENSION)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<MemberResponse> reinstate(@PathVariable("country") String country, @RequestBody ReinstateMemberRequest body,
                                                     HttpServletRequest request) {
        Member member = pathMember(country);
        return commands.send(request, body, body.toCommand(member, clock),
                ResponseEntity.status(201).body(new MemberResponse(member.code())));
    }


    private static Member pathMember(String value) {
        FieldErrors errors = new FieldErrors();
        Member country = errors.parse("country", () -> Member.of(value));
        errors.throwIfAny();
        return country;
    }

    /** The member a command was about. */
    record MemberResponse(String country) {
    }
}
