package org.gptracker.events.envelope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gptracker.events.EventJson;
import org.gptracker.events.SampleEvents;
import org.gptracker.events.project.ProjectProposed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the codec reads off a record and what it refuses, attribute by attribute; the data kept as the text it came as. */
class EnvelopeDecodingTest {

    private static final ObjectMapper JSON = EventJson.newMapper();
    private static final EnvelopeCodec CODEC = EnvelopeCodec.standard();

    @Test
    void theDataIsKeptAsTheTextItCameAsEscapesAndAllAndReadsAsTheEvent() throws IOException {
        String title = "A \"quoted\"\ttitle\nwith a \\ backslash, é, 日本 and 🛡";
        ObjectNode envelope = (ObjectNode) JSON.readTree(valid());
        ObjectNode data = (ObjectNode) envelope.get("data");
        data.put("title", title);
        String dataText = JSON.writeValueAsString(data).replace("\"title\":", " \"title\" :  ").replace("é", "\\u00e9");
        String record = JSON.writeValueAsString(envelope).replace(JSON.writeValueAsString(data), dataText);

        EventEnvelope decoded = CODEC.decode(record.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.data()).isEqualTo(dataText);
        assertThat(JSON.readTree(decoded.data())).isEqualTo(data);
        assertThat(((ProjectProposed) CODEC.payload(decoded)).title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readableVariants")
    void variantsOfTheEnvelopeAreRead(String variant, byte[] record) {
        EventEnvelope envelope = CODEC.decode(record);

        assertThat(CODEC.payload(envelope)).isInstanceOf(ProjectProposed.class);
        assertThat(envelope.subject()).isEqualTo(SUBJECT);
    }

    static Stream<Object[]> readableVariants() {
        return Stream.of(
                variant("no presidency", envelope -> envelope.remove("presidency")),
                variant("presidency null", envelope -> envelope.putNull("presidency")),
                variant("no effective date, actor or correlation id",
                        envelope -> envelope.remove(List.of("effectivedate", "actor", "correlationid"))),
                variant("actor null", envelope -> envelope.putNull("actor")),
                variant("attributes the contract does not know", envelope -> envelope.putObject("traceparent").put("a", 1)),
                variant("data first", envelope -> {
                    JsonNode data = envelope.remove("data");
                    ObjectNode rest = envelope.deepCopy();
                    envelope.removeAll();
                    envelope.set("data", data);
                    envelope.setAll(rest);
                }),
                variant("a time to the second", envelope -> envelope.put("time", "2025-03-14T09:30:05Z")),
                variant("a time to the tenth", envelope -> envelope.put("time", "2025-03-14T09:30:05.1Z")),
                variant("a time to the nanosecond", envelope -> envelope.put("time", "2025-03-14T09:30:05.123456789Z")),
                variant("a time without seconds", envelope -> envelope.put("time", "2025-03-14T09:30Z")),
                variant("a time with a dot and no fraction", envelope -> envelope.put("time", "2025-03-14T09:30:05.Z")),
                variant("a time with an offset", envelope -> envelope.put("time", "2025-03-14T11:30:05.5+02:00")),
                variant("a time in lower case", envelope -> envelope.put("time", "2025-03-14t09:30:05z")),
                variant("a leap day", envelope -> envelope.put("effectivedate", "2024-02-29")),
                variant("data with an amount as a number (coerced alike)",
                        envelope -> ((ObjectNode) envelope.get("data").get("requestedBudget")).put("amount", 12.5)),
                variant("data with fields no reader knows", envelope -> ((ObjectNode) envelope.get("data")).put("later", "field")),
                new Object[]{"an attribute repeated: the last counts", repeated("\"sequence\":0", "\"sequence\":-1,\"sequence\":0")},
                new Object[]{"whitespace around it", ("  \n" + new String(valid(), StandardCharsets.UTF_8) + " \n")
                        .getBytes(StandardCharsets.UTF_8)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableRecords")
    void recordsThatAreNoEventOfTheContractAreRefused(String variant, byte[] record) {
        assertThatThrownBy(() -> CODEC.payload(CODEC.decode(record))).isInstanceOf(InvalidEnvelopeException.class);
    }

    static Stream<Object[]> unreadableRecords() {
        return Stream.of(
                new Object[]{"null", null},
                new Object[]{"empty", new byte[0]},
                new Object[]{"only whitespace", "   ".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"not JSON", "this is { not JSON".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"cut short", new String(valid(), StandardCharsets.UTF_8).substring(0, 60).getBytes(StandardCharsets.UTF_8)},
                new Object[]{"an array", "[1,2]".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"the JSON null", "null".getBytes(StandardCharsets.UTF_8)},
                new Object[]{"not UTF-8", repeated("\"actor\":\"", "\"actor\":\"\u00ff")},
                variant("no specversion", envelope -> envelope.remove("specversion")),
                variant("another specversion", envelope -> envelope.put("specversion", "0.3")),
                variant("no id", envelope -> envelope.remove("id")),
                variant("a blank subject", envelope -> envelope.put("subject", " ")),
                variant("a numeric source", envelope -> envelope.put("source", 7)),
                variant("no type", envelope -> envelope.remove("type")),
                variant("an unknown type", envelope -> envelope.put("type", "gp.project.ProjectTeleported.v1")),
                variant("no aggregate type", envelope -> envelope.remove("aggregatetype")),
                variant("no time", envelope -> envelope.remove("time")),
                variant("a time that is no timestamp", envelope -> envelope.put("time", "yesterday")),
                variant("no sequence", envelope -> envelope.remove("sequence")),
                variant("a negative sequence", envelope -> envelope.put("sequence", -1)),
                variant("a sequence as text", envelope -> envelope.put("sequence", "3")),
                variant("a fractional sequence", envelope -> envelope.put("sequence", 1.5)),
                variant("a sequence beyond a long", envelope -> envelope.put("sequence", new BigInteger("99999999999999999999"))),
                variant("a sequence that is null", envelope -> envelope.putNull("sequence")),
                variant("a presidency as text", envelope -> envelope.put("presidency", "2025")),
                variant("a fractional presidency", envelope -> envelope.put("presidency", 2025.5)),
                variant("a presidency beyond an int", envelope -> envelope.put("presidency", 3_000_000_000L)),
                variant("an effective date that is no date", envelope -> envelope.put("effectivedate", "14.03.2025")),
                variant("an effective date that does not exist", envelope -> envelope.put("effectivedate", "2025-02-29")),
                variant("an effective date in month 13", envelope -> envelope.put("effectivedate", "2025-13-01")),
                variant("a time in month 13", envelope -> envelope.put("time", "2025-13-14T09:30:05Z")),
                variant("a time at second 60", envelope -> envelope.put("time", "2025-03-14T09:30:60Z")),
                variant("a time at hour 24", envelope -> envelope.put("time", "2025-03-14T24:00:00Z")),
                variant("a time with ten fraction digits", envelope -> envelope.put("time", "2025-03-14T09:30:05.1234567890Z")),
                variant("a time without its zone", envelope -> envelope.put("time", "2025-03-14T09:30:05")),
                variant("a numeric actor", envelope -> envelope.put("actor", 42)),
                variant("a correlation id object", envelope -> envelope.putObject("correlationid")),
                variant("no data", envelope -> envelope.remove("data")),
                variant("data that is text", envelope -> envelope.put("data", "{}")),
                variant("data that is an array", envelope -> envelope.putArray("data")),
                variant("data without its title", envelope -> ((ObjectNode) envelope.get("data")).remove("title")),
                variant("data with a recipient that is no country", envelope -> ((ObjectNode) envelope.get("data"))
                        .putArray("recipients").add("XX")),
                new Object[]{"an attribute repeated: the last counts", repeated("\"sequence\":0", "\"sequence\":0,\"sequence\":-1")});
    }

    private static final String SUBJECT = "9b2f3c1e-6a0d-4c1b-9d55-2f0d6f1a7e01";

    private static byte[] valid() {
        return CODEC.encode(CODEC.wrap(SampleEvents.oneOfEach().get(0), new Provenance("e-1", "urn:gp-tracker:command-service",
                SUBJECT, 0, Instant.parse("2025-03-14T09:30:00.123456Z"), "alice", "c-1")));
    }

    private static Object[] variant(String name, Consumer<ObjectNode> change) {
        try {
            ObjectNode envelope = (ObjectNode) JSON.readTree(valid());
            change.accept(envelope);
            return new Object[]{name, JSON.writeValueAsBytes(envelope)};
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The valid record with its text {@code from} replaced; bytes not encodable in UTF-8 stay raw (ISO-8859-1). */
    private static byte[] repeated(String from, String to) {
        String record = new String(valid(), StandardCharsets.UTF_8);
        assertThat(record).contains(from);
        return record.replace(from, to).getBytes(to.chars().anyMatch(c -> c > 0x7f) ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }
}
