package org.gptracker.query.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.DateSchema;
import io.swagger.v3.oas.models.media.DateTimeSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.gptracker.web.ProblemDocs;

import java.util.List;

/**
 * {@code GET /api/stream}, the live feed for dashboards, as its contract (DESIGN §4) describes it. It is
 * added to the document here unless a controller already documents that path; a controller that does
 * keeps its own description and gets the event schema and the stream's example where it has none.
 */
final class LiveStreamDocs {

    static final String PATH = "/api/stream";
    static final String EVENT_STREAM = "text/event-stream";
    static final String TAG = "Live stream";
    static final String STREAM_EVENT = "StreamEvent";
    private static final String DATA_SCHEMA = "x-data-schema";

    private static final String EXAMPLE = """
            retry: 3000

            id: 1048576
            event: gp-event
            data: {"eventId":"4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f","type":"gp.project.FundingCommitted.v1","aggregateType":"Project","aggregateId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","sequence":4,"projectId":"5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81","presidency":2023,"status":"FUNDED","effectiveDate":"2023-05-02","recordedAt":"2023-05-02T09:14:03.512Z","correlationId":"2f6f3c1e-9a4b-4d0e-8c7a-5b1d2e3f4a5b"}

            : heartbeat

            """;

    private LiveStreamDocs() {
    }

    static void addTo(OpenAPI api) {
        api.getComponents().addSchemas(STREAM_EVENT, streamEvent());
        if (api.getTags() == null || api.getTags().stream().noneMatch(tag -> TAG.equals(tag.getName()))) {
            api.addTagsItem(new Tag().name(TAG).description("Server-sent events for dashboards: each event the live "
                    + "projection applies, as soon as its transaction commits"));
        }
        PathItem path = api.getPaths().get(PATH);
        if (path == null || path.getGet() == null) {
            api.getPaths().addPathItem(PATH, new PathItem().get(operation()));
            return;
        }
        ApiResponse ok = path.getGet().getResponses().computeIfAbsent("200", status -> new ApiResponse().description("The stream"));
        MediaType stream = ok.getContent() == null ? null : ok.getContent().get(EVENT_STREAM);
        if (stream == null) {
            ok.setContent(new Content().addMediaType(EVENT_STREAM, streamMedia()));
        } else {
            if (stream.getExamples() == null && stream.getExample() == null) {
                stream.addExamples("funded", example());
            }
            if (stream.getSchema() == null) {
                stream.setSchema(dataLines());
            }
            if (stream.getExtensions() == null || !stream.getExtensions().containsKey(DATA_SCHEMA)) {
                stream.addExtension(DATA_SCHEMA, new Schema<>().$ref("#/components/schemas/" + STREAM_EVENT));
            }
        }
    }

    private static Operation operation() {
        return new Operation()
                .addTagsItem(TAG)
                .operationId("stream")
                .summary("Follow every event as the read models apply it (server-sent events)")
                .description("""
                        A text/event-stream that stays open. Each event the live projection applies is sent once its \
                        transaction commits (never those a rebuild replays), as `event: gp-event` with `id:` its stream \
                        position and `data:` one StreamEvent as JSON. `retry: 3000` comes first; a `: heartbeat` comment \
                        line every gp.stream.heartbeat (15 s by default) keeps proxies from closing the connection. \
                        A client that reconnects with `Last-Event-ID` (or `?lastEventId=`) gets every event after that one, \
                        missing nothing. Any role may follow it, with the same bearer token as the rest of /api.""")
                .addParametersItem(new QueryParameter().name("presidency").required(false)
                        .description("only events stamped with this presidency year")
                        .schema(new IntegerSchema().example(2023)))
                .addParametersItem(new QueryParameter().name("project").required(false)
                        .description("only the events of this project")
                        .schema(new StringSchema().format("uuid").example("5f0c2a7e-8d1b-4c55-9a63-2f3e4b6a7c81")))
                .addParametersItem(new HeaderParameter().name("Last-Event-ID").required(false)
                        .description("the id of the last event received: resume after it")
                        .schema(new StringSchema().example("1048576")))
                .addParametersItem(new QueryParameter().name("lastEventId").required(false)
                        .description("Last-Event-ID for clients that cannot set headers (EventSource on a reconnect sets the header itself)")
                        .schema(new StringSchema().example("1048576")))
                .responses(new ApiResponses()
                        .addApiResponse("200", new ApiResponse().description("The stream; each data line is a StreamEvent")
                                .content(new Content().addMediaType(EVENT_STREAM, streamMedia())))
                        .addApiResponse("400", ProblemDocs.response("A bad presidency or project filter, each named in errors",
                                "validation")));
    }

    private static MediaType streamMedia() {
        MediaType media = new MediaType().schema(dataLines());
        media.addExtension(DATA_SCHEMA, new Schema<>().$ref("#/components/schemas/" + STREAM_EVENT));
        media.addExamples("funded", example());
        return media;
    }

    private static Schema<?> dataLines() {
        return new StringSchema().description("server-sent events; each `data:` line is a StreamEvent (#/components/schemas/StreamEvent)");
    }

    private static Example example() {
        return new Example().summary("Japan's commitment makes the Chornobyl project FUNDED").value(EXAMPLE);
    }

    private static Schema<?> streamEvent() {
        return new ObjectSchema()
                .description("The data of one gp-event of GET /api/stream")
                .addProperty("eventId", new StringSchema().description("the event's id (the envelope's id)"))
                .addProperty("type", new StringSchema().description("the wire type, e.g. gp.project.FundingCommitted.v1"))
                .addProperty("aggregateType", new StringSchema().description("Project, Presidency or Membership"))
                .addProperty("aggregateId", new StringSchema().description("project id, presidency year or member code"))
                .addProperty("sequence", new IntegerSchema().format("int64").description("the event's 0-based place in its aggregate's stream"))
                .addProperty("projectId", new StringSchema().format("uuid").nullable(true).description("null for non-project events"))
                .addProperty("presidency", new IntegerSchema().nullable(true)
                        .description("the presidency the event is stamped with; null when no presidency window holds its date"))
                .addProperty("status", new StringSchema()._enum(List.of("PROPOSED", "MATCHED", "FUNDED", "CLOSED")).nullable(true)
                        .description("the project's status after the event; null for non-project events"))
                .addProperty("effectiveDate", new DateSchema())
                .addProperty("recordedAt", new DateTimeSchema())
                .addProperty("correlationId", new StringSchema().nullable(true))
                .required(List.of("eventId", "type", "aggregateType", "aggregateId", "sequence", "effectiveDate", "recordedAt"));
    }
}
