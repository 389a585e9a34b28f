package org.gptracker.query.export;

import jakarta.servlet.http.HttpServletResponse;
import org.gptracker.query.project.ProjectFilter;
import org.gptracker.query.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Sends the selected projects as an IATI 2.03 activity file, an activity at a time as they are read. */
@Component
class IatiExport {

    static final String FILENAME = "gp-projects.iati.xml";

    private final ExportedProjects projects;

    IatiExport(ExportedProjects projects) {
        this.projects = projects;
    }

    void send(ProjectFilter filter, HttpServletResponse response) {
        IatiDocument document = new IatiDocument(() -> {
            response.setContentType(MediaType.APPLICATION_XML_VALUE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(FILENAME).build().toString());
            return response.getOutputStream();
        }, Instant.now(), projects.priorityTitles());
        projects.forEach(filter, document::add);
        if (!document.finish()) {
            throw new NotFoundException("No project matches these filters, and an IATI document holds at least one activity.");
        }
    }
}
