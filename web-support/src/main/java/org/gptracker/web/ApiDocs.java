package org.gptracker.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

/**
 * What a service's OpenAPI document (/v3/api-docs) says of itself (docs/decisions/0040); {@link OpenApiConfiguration}
 * adds what every operation may answer, so a controller only states what is particular to it.
 *
 * @param title       the document's title
 * @param description its introduction (Markdown)
 * @param localServer where {@code ./run-local} serves it
 * @param bearer      what the bearer token must carry
 * @param problems    the problems it answers with
 * @param operations  what the service adds to each operation, after the examples
 * @param document    what the service adds to the whole document, before the common responses
 */
public record ApiDocs(String title, String description, String localServer, String bearer, ProblemCatalogue problems,
                      OperationCustomizer operations, OpenApiCustomizer document) {

    public ApiDocs(String title, String description, String localServer, String bearer, ProblemCatalogue problems) {
        this(title, description, localServer, bearer, problems, (operation, handler) -> operation, api -> {
        });
    }

    public ApiDocs withOperations(OperationCustomizer own) {
        return new ApiDocs(title, description, localServer, bearer, problems, own, document);
    }

    public ApiDocs withDocument(OpenApiCustomizer own) {
        return new ApiDocs(title, description, localServer, bearer, problems, operations, own);
    }
}
