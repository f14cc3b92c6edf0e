package io.contactbook.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contactbook.application.port.in.IdempotencyUseCase;
import io.contactbook.application.port.in.IdempotencyUseCase.Begin;
import io.contactbook.application.port.in.IdempotencyUseCase.IdempotentRequest;
import io.contactbook.application.port.in.IdempotencyUseCase.InFlight;
import io.contactbook.application.port.in.IdempotencyUseCase.Replay;
import io.contactbook.application.port.in.IdempotencyUseCase.Reused;
import io.contactbook.application.port.in.IdempotencyUseCase.StoredAnswer;
import io.contactbook.application.port.in.InvalidQuery;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on a POST under {@code /api} (SPEC §4 Reliability). Before the resource runs, once the
 * caller is known and has spent its rate limit, the key is claimed for this request, or the request is answered
 * at once: the first answer again (with {@code Idempotent-Replayed: true}), 409 while it is in flight, 422 when
 * the key was used for another request. After the resource, its answer is kept, unless it failed on our side
 * (5xx) or was refused for the rate limit (429): then the key is freed so that the client's retry runs.
 */
public class IdempotentRequests {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class);
    /** The headers a replay repeats besides status and body; the rest (request id, rate limits) is per request. */
    private static final List<String> REPLAYED_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG);
    /** The request property that carries a claimed request from the request filter to the response filter. */
    private static final String CLAIMED = IdempotentRequest.class.getName();

    private final IdempotencyUseCase idempotency;
    private final CurrentCaller currentCaller;
    private final ObjectMapper json;

    IdempotentRequests(IdempotencyUseCase idempotency, CurrentCaller currentCaller, ObjectMapper json) {
        this.idempotency = idempotency;
        this.currentCaller = currentCaller;
        this.json = json;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 200)
    public Optional<Response> begin(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(IDEMPOTENCY_KEY);
        if (key == null || !"POST".equals(request.getMethod()) || !currentCaller.isAuthenticated()) {
            return Optional.empty();
        }
        IdempotentRequest idempotent;
        try {
            idempotent = new IdempotentRequest(currentCaller.workspace(), key, request.getMethod(),
                    pathAndQuery(request.getUriInfo().getRequestUri()), bufferedBody(request));
        } catch (InvalidQuery malformedKey) {
            return Optional.of(ErrorMapper.answer(400, ApiError.of("bad_request", malformedKey.getMessage(),
                    malformedKey.details())));
        }
        Begin begun = idempotency.begin(idempotent);
        if (begun instanceof Replay replay) {
            return Optional.of(replay(replay.answer()));
        }
        if (begun instanceof InFlight) {
            return Optional.of(ErrorMapper.answer(409, ApiError.of("conflict",
                    "a request with this Idempotency-Key is still in progress; retry once it has finished", Map.of())));
        }
        if (begun instanceof Reused) {
            return Optional.of(ErrorMapper.answer(422, ApiError.of("idempotency_key_reused",
                    "this Idempotency-Key was used for another request (method, path or body); use a new key",
                    Map.of())));
        }
        request.setProperty(CLAIMED, idempotent);
        return Optional.empty();
    }

    @ServerResponseFilter
    public void complete(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof IdempotentRequest claimed)) {
            return;
        }
        request.removeProperty(CLAIMED);
        int status = response.getStatus();
        if (status >= 500 || status == 429) {
            idempotency.release(claimed);
            return;
        }
        try {
            idempotency.complete(claimed, new StoredAnswer(status, body(response.getEntity()), replayedHeaders(response)));
        } catch (RuntimeException notKept) {
            // The client has its answer all the same; freeing the key lets a retry run rather than wait 24 hours.
            LOG.warnf("could not keep the answer of an idempotent request (%s); freeing its key",
                    notKept.getClass().getName());
            idempotency.release(claimed);
        }
    }

    /** Reads the body to hash it, and puts it back for the resource. */
    private static byte[] bufferedBody(ContainerRequestContext request) throws IOException {
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        return body;
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private String body(Object entity) {
        if (entity == null || entity instanceof String) {
            return (String) entity;
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("an answer the JSON writer could not write", unwritable);
        }
    }

    private static Map<String, String> replayedHeaders(ContainerResponseContext response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED, "true");
        answer.headers().forEach(replay::header);
        if (answer.body() != null) {
            replay.type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body());
        }
        return replay.build();
    }
}
