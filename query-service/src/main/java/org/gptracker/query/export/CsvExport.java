package org.gptracker.query.export;

import jakarta.servlet.http.HttpServletResponse;
import org.gptracker.query.project.ProjectFilter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Sends the selected projects as the export CSV, a row at a time as they are read. */
@Component
class CsvExport {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final String LINE_BREAK = "\r\n";
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final ExportedProjects projects;

    CsvExport(ExportedProjects projects) {
        this.projects = projects;
    }

    /** @param bom whether the file begins with a UTF-8 byte order mark, by which spreadsheets know it is UTF-8 */
    void send(ProjectFilter filter, String filename, boolean bom, HttpServletResponse response) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
        Writer csv = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        if (bom) {
            csv.write(BYTE_ORDER_MARK);
        }
        csv.write(ProjectCsv.HEADER + LINE_BREAK);
        projects.forEach(filter, project -> {
            try {
                csv.write(ProjectCsv.row(project) + LINE_BREAK);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }
}
