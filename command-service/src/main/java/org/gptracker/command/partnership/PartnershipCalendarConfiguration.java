package org.gptracker.command.partnership;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PartnershipCalendarConfiguration {

    /**
     * The calendar is written in the command's own transaction (a subscribing processor, see
     * application.yml): a failed write must fail the command, not be logged and forgotten.
     */
    @Autowired
    void failCommandsWhoseCalendarWriteFails(EventProcessingConfigurer processing) {
        processing.registerListenerInvocationErrorHandler(PartnershipCalendarUpdater.PROCESSING_GROUP,
                configuration -> PropagatingErrorHandler.instance());
    }
}
