package org.gptracker.command.web;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Records a request's answer under its Idempotency-Key inside the command's own unit of work,
 * just before it commits: the events and the record are stored together or not at all, and a
 * second request that raced with the same key fails on the key instead of storing its events.
 * (Axon's Spring Boot support registers interceptor beans on the command bus.)
 */
@Component
class IdempotencyRecordingInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String KEY = "idempotencyKey";
    static final String REQUEST_HASH = "idempotencyRequestHash";
    static final String STATUS = "idempotencyStatus";
    static final String LOCATION = "idempotencyLocation";
    static final String BODY = "idempotencyBody";

    private final IdempotencyRecords records;

    IdempotencyRecordingInterceptor(IdempotencyRecords records) {
        this.records = records;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        var metadata = unitOfWork.getMessage().getMetaData();
        if (metadata.get(KEY) instanceof String key) {
            RecordedAnswer answer = new RecordedAnswer((String) metadata.get(REQUEST_HASH),
                    Integer.parseInt(String.valueOf(metadata.get(STATUS))), (String) metadata.get(LOCATION), (String) metadata.get(BODY));
            unitOfWork.onPrepareCommit(u -> records.record(key, answer));
        }
        return chain.proceed();
    }
}
