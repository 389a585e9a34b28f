package org.gptracker.web;

import org.gptracker.security.SecurityConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The HTTP edge a service imports whole: problem+json for errors outside the controllers, the OpenAPI
 * document from the service's {@link ApiDocs}, and the resource-server security from its
 * {@link org.gptracker.security.AccessRules}, Spring MVC without bean validation. The service adds its own
 * {@link ProblemHandling} advice.
 */
@Configuration(proxyBeanMethods = false)
@Import({ProblemErrorController.class, OpenApiConfiguration.class, SecurityConfiguration.class, NoBeanValidation.class})
public class HttpEdge {
}
