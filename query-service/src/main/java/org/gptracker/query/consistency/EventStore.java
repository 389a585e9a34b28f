package org.gptracker.query.consistency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.net.SocketTimeoutException;
import java.util.List;

/** The event store's side, asked of the command service ({@code GET /admin/aggregates}): by the consistency check and by a rebuild before it switches. */
@Component
public class EventStore {

    private final RestClient commandService;

    EventStore(RestClient.Builder builder, CommandServiceSettings settings) {
        // a read timeout bounds every wait for the next bytes of the answer, not only the first ones
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(settings.connectTimeout());
        requests.setReadTimeout(settings.readTimeout());
        this.commandService = builder.baseUrl(settings.url().toString()).requestFactory(requests).build();
    }

    /**
     * The last sequence of every aggregate in the event store, asked with the caller's own
     * credentials (it needs the same roles there).
     *
     * @throws CommandServiceUnavailableException when the command service cannot be reached or gives no usable answer
     */
    public List<AggregatePosition> lastSequences(String authorization) {
        try {
            StoredAggregates answer = commandService.get()
                    .uri("/admin/aggregates")
                    .accept(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .retrieve()
                    .body(StoredAggregates.class);
            if (answer == null) {
                throw new CommandServiceUnavailableException("The command service answered without a body.", null);
            }
            return answer.aggregates();
        } catch (ResourceAccessException e) {
            throw new CommandServiceUnavailableException(e.getCause() instanceof SocketTimeoutException
                    ? "The command service did not answer in time." : "The command service cannot be reached.", e);
        } catch (RestClientResponseException e) {
            throw new CommandServiceUnavailableException("The command service answered " + e.getStatusCode().value()
                    + " when asked for the event store's positions.", e);
        } catch (RestClientException e) {
            throw new CommandServiceUnavailableException("The command service's answer could not be read.", e);
        }
    }
}
