package io.contactbook.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The HTTP edge, before any resource: every response carries {@code X-Request-Id} (the client's when it is a
 * plain token, else a new one), a body declared larger than the limit is refused before it is read, and the
 * HTTP layer's own failures (a chunked body over the limit, a path nothing serves) answer the error envelope.
 * The request id is also put in the logging MDC under {@code request_id}, so every line logged while handling the
 * request carries it (Quarkus keeps the MDC in the request's Vert.x context, which follows it to the worker thread).
 */
@Singleton
public class HttpEdge {

    public static final String REQUEST_ID = "X-Request-Id";
    /** The MDC key of the request id: {@code %X{request_id}} in the text log format, {@code mdc.request_id} in JSON. */
    public static final String LOG_REQUEST_ID = "request_id";
    static final long MAX_BODY_BYTES = 1024 * 1024;

    private static final Pattern ACCEPTABLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final ObjectMapper json;
    private final BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES);

    HttpEdge(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::tag).failureHandler(this::failure);
    }

    private void tag(RoutingContext context) {
        HttpServerRequest request = context.request();
        String offered = request.getHeader(REQUEST_ID);
        String id = offered != null && ACCEPTABLE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        context.response().putHeader(REQUEST_ID, id);
        MDC.put(LOG_REQUEST_ID, id);
        context.addEndHandler(ended -> MDC.remove(LOG_REQUEST_ID));
        if (declaredLength(request) > MAX_BODY_BYTES) {
            tooLarge(context);
            return;
        }
        if (declaredLength(request) < 0 && request.headers().contains("Transfer-Encoding")) {
            // A chunked body declares no length: read it here, within the limit, so that going over answers our 413
            // envelope (the framework's own body reader would end the response with an empty 413).
            chunkedBodies.handle(context);
            return;
        }
        context.next();
    }

    private void failure(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        switch (context.statusCode()) {
            case 413 -> tooLarge(context);
            case 404 -> answer(context, 404, ApiError.of("not_found", "no such resource", Map.of()));
            case 405 -> answer(context, 405, ApiError.of("method_not_allowed",
                    "this method is not allowed on this resource", Map.of()));
            default -> context.next();
        }
    }

    private void tooLarge(RoutingContext context) {
        // The client may still be sending: close after answering rather than read a body we refuse.
        context.response().putHeader("Connection", "close");
        answer(context, 413, ApiError.of("payload_too_large",
                "the body is larger than " + MAX_BODY_BYTES + " bytes", Map.of()));
    }

    private void answer(RoutingContext context, int status, ApiError error) {
        try {
            context.response().setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .end(json.writeValueAsString(error));
        } catch (JsonProcessingException impossible) {
            context.fail(impossible);
        }
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }
}
