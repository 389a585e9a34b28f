package org.gptracker.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.gptracker.events.EventCatalog;
import org.gptracker.events.EventJson;
import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.gptracker.events.project.Outcome;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.query.ProjectStory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The streaming decoder reads every record exactly as the contract's codec does: the same events, the same refusals. */
class RecordDecoderTest {

    private static final ObjectMapper JSON = EventJson.newMapper();
    private static final EnvelopeCodec CODEC = EnvelopeCodec.standard();
    private final RecordDecoder decoder = RecordDecoder.standard();

    @Test
    void everyTypeOfTheCatalogDecodesAsTheCodecDecodesIt() throws IOException {
        List<String> decoded = new ArrayList<>();
        for (EventCatalog.Entry entry : EventCatalog.standard().entries()) {
            for (JsonNode example : examples().at("/components/messages").path(entry.wireType()).path("examples")) {
                byte[] record = JSON.writeValueAsBytes(example.path("payload"));

                assertSameAsCodec(record);
                assertThat(decoder.decode(record).event()).isInstanceOf(entry.eventClass());
                decoded.add(entry.wireType());
            }
        }
        assertThat(decoded).containsAll(EventCatalog.standard().entries().stream().map(EventCatalog.Entry::wireType).toList());
    }

    @Test
    void aWholeProjectStoryDecodesAsTheCodecDecodesIt() {
        ProjectStory story = ProjectStory.ofNewProject()
                .proposed("2091-01-10", "UA", CbrnArea.NUCLEAR, "2500000.00 EUR", "UKR")
                .offered("2091-02-01", "offer-1", "JP", "900000.00 EUR")
                .offered("2091-02-02", "offer-2", "DE", null)
                .accepted("2091-02-10", "offer-1", "JP")
                .declined("2091-02-12", "offer-2", "DE")
                .committed("2091-03-01", "c-1", "JP", "900000.00 EUR")
                .disbursed("2091-04-01", "d-1", "JP", "400000.00 EUR")
                .closed("2091-11-30", Outcome.COMPLETED);
        for (int sequence = 0; sequence < story.size(); sequence++) {
            assertSameAsCodec(story.record(sequence));
        }
    }

    @Test
    void theDataIsKeptAsTheTextItCameAsEscapesAndAllAndReadsAsTheSameJson() throws IOException {
        String title = "A \"quoted\"\ttitle\nwith a \\ backslash, é, 日本 and 🛡";
        ProjectStory story = ProjectStory.ofNewProject().proposed("2091-01-10", "UA", CbrnArea.NUCLEAR, "2500000.00 EUR");
        story.revised(new ProposalRevised(story.projectId(), title, null, null, null, null, null, null,
                LocalDate.parse("2091-01-11"), 2091));
        ObjectNode envelope = (ObjectNode) JSON.readTree(story.record(1));
        String dataText = "{ \"projectId\" : \"" + story.projectId() + "\", \"title\":\"A \\\"quoted\\\"\\ttitle\\nwith a \\\\ backslash,"
                + " \\u00e9, 日本 and 🛡\",\"effectiveDate\":\"2091-01-11\",\"presidencyYear\":2091}";
        String record = JSON.writeValueAsString(envelope).replace(JSON.writeValueAsString(envelope.get("data")), dataText);

        RecordDecoder.Decoded decoded = decoder.decode(record.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.envelope().data().toString()).isEqualTo(dataText);
        assertThat(JSON.readTree(decoded.envelope().data().toString())).isEqualTo(JSON.readTree(dataText));
        assertThat(((ProposalRevised) decoded.event()).title()).isEqualTo(title);
        assertSameAsCodec(record.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readableVariants")
    void variantsTheCodecReadsAreReadAlike(String variant, byte[] record) {
        assertSameAsCodec(record);
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
    void recordsTheCodecRefusesAreRefused(String variant, byte[] record) {
        Throwable byCodec = catchThrowable(() -> CODEC.payload(CODEC.decode(record)));
        assertThat(byCodec).as("the codec's verdict").isInstanceOf(InvalidEnvelopeException.class);

        assertThatThrownBy(() -> decoder.decode(record)).isInstanceOf(InvalidEnvelopeException.class);
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

    private void assertSameAsCodec(byte[] record) {
        EventEnvelope expected = CODEC.decode(record);
        GpEvent expectedEvent = CODEC.payload(expected);

        RecordDecoder.Decoded decoded = decoder.decode(record);

        assertThat(decoded.envelope()).usingRecursiveComparison().ignoringFields("data").isEqualTo(expected);
        assertThat(decoded.event()).isEqualTo(expectedEvent);
        try {
            assertThat(JSON.readTree(decoded.envelope().data().toString())).isEqualTo(expected.data());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] valid() {
        return ProjectStory.of("9b2f3c1e-6a0d-4c1b-9d55-2f0d6f1a7e01")
                .proposed("2091-01-10", "UA", CbrnArea.NUCLEAR, "2500000.00 EUR", "UKR").record(0);
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

    private static JsonNode examples() throws IOException {
        try (InputStream yaml = RecordDecoderTest.class.getResourceAsStream("/gp/asyncapi.yaml")) {
            assertThat(yaml).as("gp/asyncapi.yaml of shared-events").isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        }
    }
}
