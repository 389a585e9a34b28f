package org.gptracker.command.presidency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.dispatch.CommandDispatcher;
import org.gptracker.command.web.CommonProblems;
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

@RestController
@RequestMapping("/api/presidencies")
@Tag(name = "Presidencies", description = "The rotating presidency: its window, priorities and closing")
class PresidencyController {

    private final CommandDispatcher commands;
    private final Clock clock;

    PresidencyController(CommandDispatcher commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Open a presidency", description = "Records PresidencyOpened; answers the presidency's year.")
    @ApiResponse(responseCode = "201", description = "Opened; Location names the presidency")
    @CommonProblems
    @ApiResponse(responseCode = "409", description = "Refused (PRESIDENCY_EXISTS, CHAIR_NOT_MEMBER, PRESIDENCY_OVERLAP, PRIORITY_EXISTS)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PresidencyResponse> open(@RequestBody OpenPresidencyRequest body, HttpServletRequest request) {
        OpenPresidency command = body.toCommand(clock);
        return commands.send(request, body, command,
                ResponseEntity.created(URI.create("/api/presidencies/" + command.year())).body(new PresidencyResponse(command.year())));
    }

    @PostMapping("/{year}/priorities")
    @Operation(summary = "Declare a priority", description = "Records PriorityDeclared.")
    @ApiResponse(responseCode = "201", description = "Declared")
    @CommonProblems
    @ApiResponse(responseCode = "404", description = "No such presidency",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (PRIORITY_EXISTS, PRESIDENCY_CLOSED)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PriorityResponse> declarePriority(@PathVariable("year") String year, @RequestBody DeclarePriorityRequest body,
                                                     HttpServletRequest request) {
        DeclarePriority command = body.toCommand(PresidencyRequests.pathYear(year), clock);
        return commands.send(request, body, command,
                ResponseEntity.status(HttpStatus.CREATED).body(new PriorityResponse(command.year(), command.code())));
    }

    @PostMapping("/{year}/close")
    @Operation(summary = "Close a presidency", description = "Records PresidencyClosed; the presidency accepts nothing more.")
    @ApiResponse(responseCode = "201", description = "Closed")
    @CommonProblems
    @ApiResponse(responseCode = "404", description = "No such presidency",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (PRESIDENCY_CLOSED, CLOSED_BEFORE_START, SUCCESSOR_NOT_LATER)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PresidencyResponse> close(@PathVariable("year") String year, @RequestBody ClosePresidencyRequest body,
                                             HttpServletRequest request) {
        ClosePresidency command = body.toCommand(PresidencyRequests.pathYear(year), clock);
        return commands.send(request, body, command,
                ResponseEntity.status(HttpStatus.CREATED).body(new PresidencyResponse(command.year())));
    }

    @PostMapping("/{year}/handover")
    @Operation(summary = "Hand the chair over",
            description = "Records ChairHandedOver: another member chairs the rest of the presidency (2014: Germany from June).")
    @ApiResponse(responseCode = "200", description = "Handed over")
    @CommonProblems
    @ApiResponse(responseCode = "404", description = "No such presidency",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused (PRESIDENCY_CLOSED, HANDOVER_OUTSIDE_WINDOW, ALREADY_CHAIR, CHAIR_NOT_MEMBER)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PresidencyResponse> handOver(@PathVariable("year") String year, @RequestBody HandOverChairRequest body,
                                                HttpServletRequest request) {
        HandOverChair command = body.toCommand(PresidencyRequests.pathYear(year), clock);
        return commands.send(request, body, command, ResponseEntity.ok(new PresidencyResponse(command.year())));
    }

    record PresidencyResponse(int year) {
    }

    record PriorityResponse(int year, String code) {
    }
}
