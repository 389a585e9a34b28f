package org.gptracker.command.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.Refusal;
import org.gptracker.command.web.CommandRequests;
import org.gptracker.command.web.Refusals;
import org.gptracker.web.RequestExample;
import org.gptracker.web.ResponseExample;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Member;
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

    private final CommandRequests commands;
    private final Clock clock;

    MembershipController(CommandRequests commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Admit a member", description = "Records MemberAdmitted; answers the member's code (a state's "
            + "ISO 3166-1 alpha-2 code, or EU). SECRETARIAT only.")
    @RequestExample(name = "japan", summary = "Japan, a founding member", value = """
            {"country":"JP","admittedOn":"2002-06-27"}""")
    @RequestExample(name = "european-union", summary = "The European Union, a member organisation", value = """
            {"country":"EU","admittedOn":"2002-06-27"}""")
    @ApiResponse(responseCode = "201", description = "Admitted; Location names the member")
    @ResponseExample(status = "201", summary = "The member admitted", value = """
            {"country":"JP"}""")
    @Refusals({Refusal.ALREADY_MEMBER})
    ResponseEntity<MemberResponse> admit(@RequestBody AdmitMemberRequest body, HttpServletRequest request) {
        AdmitMember command = body.toCommand(clock);
        String country = command.country().code();
        return commands.send(request, body, command,
                ResponseEntity.created(URI.create("/api/members/" + country)).body(new MemberResponse(country)));
    }

    @PostMapping("/{country}/suspension")
    @Operation(summary = "Suspend a member", description = "Records MemberSuspended; a suspended member cannot offer, "
            + "commit, disburse or chair. SECRETARIAT only.")
    @RequestExample(name = "russia-2022", summary = "Russia's suspension", value = """
            {"since":"2022-03-01","reason":"Suspended by the partnership's members after the invasion of Ukraine."}""")
    @ApiResponse(responseCode = "201", description = "Suspended")
    @ResponseExample(status = "201", summary = "The member suspended", value = """
            {"country":"RU"}""")
    @ApiResponse(responseCode = "404", description = "No such member: never admitted")
    @Refusals({Refusal.NOT_A_MEMBER, Refusal.ALREADY_SUSPENDED, Refusal.SUSPENDED_BEFORE_ADMISSION})
    ResponseEntity<MemberResponse> suspend(@PathVariable("country") String country, @RequestBody SuspendMemberRequest body,
                                                   HttpServletRequest request) {
        Member member = pathMember(country);
        return commands.send(request, body, body.toCommand(member, clock),
                ResponseEntity.status(201).body(new MemberResponse(member.code())));
    }

    @PostMapping("/{country}/reinstatement")
    @Operation(summary = "Reinstate a suspended member", description = "Records MemberReinstated. SECRETARIAT only.")
    @RequestExample(name = "reinstated", summary = "Reinstated from a date", value = """
            {"since":"2024-01-01"}""")
    @ApiResponse(responseCode = "201", description = "Reinstated")
    @ResponseExample(status = "201", summary = "The member reinstated", value = """
            {"country":"RU"}""")
    @ApiResponse(responseCode = "404", description = "No such member: never admitted")
    @Refusals({Refusal.NOT_SUSPENDED, Refusal.REINSTATED_BEFORE_SUSPENSION})
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
