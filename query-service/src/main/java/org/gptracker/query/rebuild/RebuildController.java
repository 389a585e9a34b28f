package org.gptracker.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@RequestMapping("/admin/rebuild")
class RebuildController {

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Operation(summary = "Rebuild every read model from the start of the event log, while the current ones keep serving",
            description = "Answers 202 at once; GET shows the progress. 409 while a rebuild runs (on any instance).")
    @PostMapping
    ResponseEntity<RebuildProgress> start() {
        return ResponseEntity.accepted().location(URI.create("/admin/rebuild")).body(rebuild.start());
    }

    @Operation(summary = "Progress of the current or last rebuild")
    @GetMapping
    RebuildProgress progress() {
        return rebuild.progress();
    }
}
