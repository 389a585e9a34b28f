package org.gptracker.command.eventstore;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.project.ProjectProposed;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ContractSerializerTest {

    private final ContractSerializer serializer = ContractSerializer.create();
    private final GpEvent proposed = new ProjectProposed("5b4f3a2e-1c0d-4e9f-8a7b-6c5d4e3f2a10", "Chornobyl", null,
            List.of(Country.of("UA")), CbrnArea.NUCLEAR, List.of(), Money.parse("10.00", "EUR"), List.of(),
            LocalDate.of(2023, 3, 14), null);

    @Test
    void anEventOfTheContractIsStoredUnderItsWireNameAndVersion() {
        SerializedObject<byte[]> stored = serializer.serialize(proposed, byte[].class);

        assertThat(stored.getType().getName()).isEqualTo("gp.project.ProjectProposed");
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).contains("\"title\":\"Chornobyl\"");
    }

    @Test
    void aStoredEventIsReadBackByItsWireName() {
        SerializedObject<byte[]> stored = serializer.serialize(proposed, byte[].class);

        Object read = serializer.deserialize(new SimpleSerializedObject<>(stored.getData(), byte[].class,
                new SimpleSerializedType("gp.project.ProjectProposed", "1")));

        assertThat(read).isEqualTo(proposed);
    }

    @Test
    void anythingElseKeepsItsClassName() {
        assertThat(serializer.serialize(Map.of("a", "b"), byte[].class).getType().getName()).contains("Map");
    }
}
