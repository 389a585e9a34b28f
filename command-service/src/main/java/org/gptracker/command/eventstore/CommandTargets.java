package org.gptracker.command.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Which aggregate a command addresses, by its {@link TargetAggregateIdentifier} (and {@link TargetAggregateVersion})
 * member, as Axon's {@code AnnotationCommandTargetResolver} finds it — but with each command type's members looked up
 * once: Axon's scans every method and field of the command's class twice on every command (docs/performance.md).
 */
final class CommandTargets implements CommandTargetResolver {

    private final ClassValue<Target> targets = new ClassValue<>() {
        @Override
        protected Target computeValue(Class<?> type) {
            return new Target(Member.of(type, TargetAggregateIdentifier.class), Member.of(type, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Target target = targets.get(command.getPayloadType());
        Object payload = command.getPayload();
        Object identifier;
        Long version;
        try {
            identifier = target.identifier() == null ? null : target.identifier().read(payload);
            version = target.version() == null ? null : asLong(target.version().read(payload));
        } catch (InvocationTargetException | IllegalAccessException e) {
            throw new IllegalArgumentException("An exception occurred while extracting aggregate information from the "
                    + command.getPayloadType().getSimpleName() + " command", e);
        }
        if (identifier == null) {
            throw new IllegalArgumentException("Invalid command. It does not identify the target aggregate: no member of "
                    + command.getPayloadType().getName() + " annotated @TargetAggregateIdentifier returns a value.");
        }
        return new VersionedAggregateIdentifier(identifier, version);
    }

    private static Long asLong(Object version) {
        if (version == null) {
            return null;
        }
        if (version instanceof Number number) {
            return number.longValue();
        }
        if (version instanceof String text) {
            return Long.parseLong(text);
        }
        throw new IllegalArgumentException("The value of @TargetAggregateVersion is not a number: " + version.getClass().getName());
    }

    private record Target(Member identifier, Member version) {
    }

    /** The annotated member: a method first, as Axon looks, else a field. */
    private record Member(Method method, Field field) {

        static Member of(Class<?> type, Class<? extends Annotation> annotation) {
            for (Method method : ReflectionUtils.methodsOf(type)) {
                if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                    return new Member(ReflectionUtils.ensureAccessible(method), null);
                }
            }
            for (Field field : ReflectionUtils.fieldsOf(type)) {
                if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                    return new Member(null, ReflectionUtils.ensureAccessible(field));
                }
            }
            return null;
        }

        Object read(Object payload) throws InvocationTargetException, IllegalAccessException {
            return method != null ? method.invoke(payload) : field.get(payload);
        }
    }
}
