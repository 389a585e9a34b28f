package org.gptracker.query.projection;

import org.gptracker.events.envelope.EnvelopeCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    /** The contract's own codec: the query side reads events exactly as the command side writes them. */
    @Bean
    EnvelopeCodec envelopeCodec() {
        return EnvelopeCodec.standard();
    }
}
