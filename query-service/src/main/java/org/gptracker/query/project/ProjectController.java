package org.gptracker.query.project;

import org.gptracker.query.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final ProjectRepository projects;

    ProjectController(ProjectRepository projects) {
        this.projects = projects;
    }

    /** The project as the read model knows it: a project proposed a moment ago may not be visible yet. */
    @GetMapping("/{id}")
    ProjectView project(@PathVariable UUID id) {
        return projects.find(id).map(ProjectView::of).orElseThrow(() -> new NotFoundException(
                "No project with id " + id + " is known. A project proposed a moment ago may take a moment to appear."));
    }
}
