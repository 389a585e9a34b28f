package org.gptracker.command.eventstore;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.gptracker.command.membership.SuspendMember;
import org.gptracker.command.presidency.DeclarePriority;
import org.gptracker.command.project.AcceptOffer;
import org.gptracker.events.value.Member;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandTargetsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private final CommandTargets targets = new CommandTargets();
    private final AnnotationCommandTargetResolver axons = AnnotationCommandTargetResolver.builder().build();

    record Versioned(@TargetAggregateIdentifier String id, @TargetAggregateVersion long version) {
    }

    record Unaddressed(String id) {
    }

    @Test
    void everyCommandIsAddressedToTheAggregateAxonsOwnResolverFinds() {
        List<Object> commands = List.of(new AcceptOffer("p-1", "o-1", DAY), new DeclarePriority(2024, "NUCLEAR", "Nuclear", DAY),
                new SuspendMember(Member.of("JP"), DAY, "arrears", DAY), new Versioned("v-1", 7));

        for (Object command : commands) {
            GenericCommandMessage<Object> message = new GenericCommandMessage<>(command);
            assertThat(targets.resolveTarget(message)).isEqualTo(axons.resolveTarget(message));
        }
        assertThat(targets.resolveTarget(new GenericCommandMessage<>(new Versioned("v-1", 7))))
                .isEqualTo(new VersionedAggregateIdentifier("v-1", 7L));
    }

    @Test
    void aCommandNamingNoAggregateIsRefusedAsAxonRefusesIt() {
        GenericCommandMessage<Unaddressed> message = new GenericCommandMessage<>(new Unaddressed("x"));

        assertThatThrownBy(() -> targets.resolveTarget(message)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> axons.resolveTarget(message)).isInstanceOf(IllegalArgumentException.class);
    }
}
