package io.contactbook.adapter.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.contactbook.application.port.in.InvalidQuery;
import io.contactbook.application.port.in.VersionMismatch;
import io.contactbook.domain.contact.DuplicateContact;
import io.contactbook.domain.shared.RuleViolation;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.io.CharConversionException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns every failure into the error envelope with its status (SPEC §1), including the framework's own
 * (unknown route, wrong method, unreadable JSON). Nothing a client sends may end as a 500.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    /** Counts every 409 duplicate_contact answer, tagged by the kind of identity (never its value). */
    static final String DEDUP_CONFLICTS = "contactbook.dedup.conflicts";

    private static final Map<Integer, String> CODES = Map.of(
            400, "bad_request",
            401, "unauthorized",
            403, "forbidden",
            404, "not_found",
            405, "method_not_allowed",
            406, "not_acceptable",
            409, "conflict",
            413, "payload_too_large",
            415, "unsupported_media_type");

    private final MeterRegistry meters;

    @Inject
    public ErrorMapper(MeterRegistry meters) {
        this.meters = meters;
    }

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        return answer(problem.status(), problem.toError());
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation violation) {
        return answer(400, ApiError.of("validation_error",
                "invalid fields: " + String.join(", ", violation.violations().keySet()), violation.violations()));
    }

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQuery invalid) {
        return answer(400, ApiError.of("bad_request", invalid.getMessage(), invalid.details()));
    }

    @ServerExceptionMapper
    public Response duplicate(DuplicateContact duplicate) {
        String field = identityField(duplicate.field());
        meters.counter(DEDUP_CONFLICTS, "field", field).increment();
        LOG.debugf("duplicate identity in %s: answering 409", field);
        return answer(409, ApiError.of("duplicate_contact",
                        "another contact already has this " + duplicate.field(), Map.of("field", duplicate.field()))
                .withData(Map.of("id", duplicate.holder().value())));
    }

    @ServerExceptionMapper
    public Response versionMismatch(VersionMismatch mismatch) {
        return answer(412, ApiError.of("precondition_failed",
                "If-Match does not match the current version " + mismatch.currentVersion(),
                Map.of("current_version", mismatch.currentVersion())));
    }

    /** Quarkus maps this subtype itself (an empty 400); ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException mismatched) {
        return unreadableJson(mismatched);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException unreadable) {
        if (unreadable instanceof JsonParseException parse) {
            String problem = parse.getOriginalMessage().lines().findFirst().orElse("unreadable");
            return answer(400, ApiError.of("bad_request", "malformed JSON at line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ": " + problem, Map.of()));
        }
        if (unreadable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return answer(400, ApiError.of("bad_request", "wrong JSON type or value at " + field,
                    Map.of(field, "has the wrong JSON type or an unreadable value")));
        }
        return answer(400, ApiError.of("bad_request", "the body is not the JSON this endpoint takes", Map.of()));
    }

    @ServerExceptionMapper
    public Response unreadableText(CharConversionException invalidEncoding) {
        return answer(400, ApiError.of("bad_request", "the body is not valid UTF-8", Map.of()));
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (exception.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        if (status >= 500) {
            return unexpected(exception, null);
        }
        String code = CODES.getOrDefault(status, "bad_request");
        return answer(status, ApiError.of(code, message(status, exception), Map.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, HttpServerRequest request) {
        String requestId = request == null ? null : request.response().headers().get(HttpEdge.REQUEST_ID);
        // The message may quote data (a value in a database error): keep it out of the log, keep the trace.
        LOG.errorf("request %s failed with %s", requestId, failure.getClass().getName());
        LOG.debug("failure detail", failure);
        return answer(500, ApiError.of("internal_error",
                "an internal error occurred; quote request id " + requestId + " when reporting it",
                requestId == null ? Map.of() : Map.of("request_id", requestId)));
    }

    static Response answer(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    /** The low-cardinality name of the field that carried a duplicate identity: channels[2] counts as channel. */
    static String identityField(String field) {
        if (field.startsWith("channels")) {
            return "channel";
        }
        return switch (field) {
            case "email", "phone", "external_id" -> field;
            default -> "other";
        };
    }

    private static String message(int status, WebApplicationException exception) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "this resource answers application/json only";
            case 415 -> "send the body as application/json";
            default -> exception.getMessage() == null ? "bad request" : exception.getMessage();
        };
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? "." + reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
