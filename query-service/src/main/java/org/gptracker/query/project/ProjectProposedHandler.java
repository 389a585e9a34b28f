package org.gptracker.query.project;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

@Component
class ProjectProposedHandler implements ProjectionHandler<ProjectProposed> {

    private final ProjectRepository projects;

    ProjectProposedHandler(ProjectRepository projects) {
        this.projects = projects;
    }

    @Override
    public Class<ProjectProposed> eventType() {
        return ProjectProposed.class;
    }

    @Override
    public void apply(ProjectProposed event, EventEnvelope envelope) {
        ProjectRow project = ProjectRow.proposed(event, envelope);
        projects.insert(project);
        projects.recordActivity(project, event);
    }
}
