package org.gptracker.command.presidency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.Refusal;
import org.gptracker.command.web.CommandRequests;
import org.gptracker.command.web.Refusals;
import org.gptracker.web.RequestExample;
import org.gptracker.web.ResponseExample;
import org.springframework.http.HttpStatus;
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

    private final CommandRequests commands;
    private final Clock clock;

    PresidencyController(CommandRequests commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Open a presidency", description = "Records PresidencyOpened; answers the presidency's year. "
            + "The chair must be a member in good standing; windows never overlap. SECRETARIAT only.")
    @RequestExample(name = "japan-2023", summary = "Japan's 2023 presidency", value = """
            {"year":2023,"chair":"JP","startsOn":"2023-01-01","endsOn":"2023-12-31",
             "priorities":[{"code":"UKRAINE","title":"Ukraine: reducing CBRN risks caused by Russia's war"},{"code":"BIOSECURITY_AFRICA","title":"Biosecurity in Africa"}]}""")
    @ApiResponse(responseCode = "201", description = "Opened; Location names the presidency")
    @ResponseExample(status = "201", summary = "The presidency's year", value = """
            {"year":2023}""")
    @Refusals({Refusal.PRESIDENCY_EXISTS, Refusal.CHAIR_NOT_MEMBER, Refusal.PRESIDENCY_OVERLAP})
    ResponseEntity<PresidencyResponse> open(@RequestBody OpenPresidencyRequest body, HttpServletRequest request) {
        OpenPresidency command = body.toCommand(clock);
        return commands.send(request, body, command,
                ResponseEntity.created(URI.create("/api/presidencies/" + command.year())).body(new PresidencyResponse(command.year())));
    }

    @PostMapping("/{year}/priorities")
    @Operation(summary = "Declare a priority", description = "Records PriorityDeclared. SECRETARIAT only.")
    @RequestExample(name = "chemical-security", summary = "Chemical security and climate", value = """
            {"code":"CHEMICAL_SECURITY_CLIMATE","title":"Chemical security and climate change","effectiveDate":"2024-02-01"}""")
    @ApiResponse(responseCode = "201", description = "Declared")
    @ResponseExample(status = "201", summary = "The priority declared", value = """
            {"year":2024,"code":"CHEMICAL_SECURITY_CLIMATE"}""")
    @ApiResponse(responseCode = "404", description = "No such presidency")
    @Refusals({Refusal.PRESIDENCY_CLOSED, Refusal.PRIORITY_EXISTS})
    ResponseEntity<PriorityResponse> declarePriority(@PathVariable("year") String year, @RequestBody DeclarePriorityRequest body,
                                                     HttpServletRequest request) {
        DeclarePriority command = body.toCommand(PresidencyRequests.pathYear(year), clock);
        return commands.send(request, body, command,
                ResponseEntity.status(HttpStatus.CREATED).body(new PriorityResponse(command.year(), command.code())));
    }

    @PostMapping("/{year}/close")
    @Operation(summary = "Close a presidency", description = "Records PresidencyClosed; the presidency accepts nothing more. "
            + "SECRETARIAT only.")
    @RequestExample(name = "handed-to-italy", summary = "Japan's presidency closes; Italy's follows", value = """
            {"closedOn":"2023-12-31","successorYear":2024}""")
    @ApiResponse(responseCode = "201", description = "Closed")
    @ResponseExample(status = "201", summary = "The presidency closed", value = """
            {"year":2023}""")
    @ApiResponse(responseCode = "404", description = "No such presidency")
    @Refusals({Refusal.PRESIDENCY_CLOSED, Refusal.CLOSED_BEFORE_START, Refusal.SUCCESSOR_NOT_LATER})
    ResponseEntity<PresidencyResponse> close(@PathVariable("year") String year, @RequestBody ClosePresidencyRequest body,
                                             HttpServletRequest request) {
        ClosePresidency command = body.toCommand(PresidencyRequests.pathYear(year), clock);
        return commands.send(request, body, command,
                ResponseEntity.status(HttpStatus.CREATED).body(new PresidencyResponse(command.year())));
    }

    @PostMapping("/{year}/handover")
    @Operation(summary = "Hand the chair over",
            description = "Records ChairHandedOver: another member chairs the rest of the presidency (2014: Germany from June). "
                    + "SECRETARIAT only.")
    @RequestExample(name = "germany-2014", summary = "Germany takes over the 2014 presidency", value = """
            {"chair":"DE","since":"2014-06-01"}""")
    @ApiResponse(responseCode = "200", description = "Handed over")
    @ResponseExample(status = "200", summary = "The presidency handed over", value = """
            {"year":2014}""")
    @ApiResponse(responseCode = "404", description = "No such presidency")
    @Refusals({Refusal.PRESIDENCY_CLOSED, Refusal.HANDOVER_OUTSIDE_WINDOW, Refusal.ALREADY_CHAIR, Refusal.CHAIR_NOT_MEMBER})
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
