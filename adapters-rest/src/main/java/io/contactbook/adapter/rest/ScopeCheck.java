package io.contactbook.adapter.rest;

import io.contactbook.domain.access.Scope;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** After authentication: a key without the endpoint's scope is refused with 403 naming the scope. */
public class ScopeCheck {

    private final CurrentCaller currentCaller;

    ScopeCheck(CurrentCaller currentCaller) {
        this.currentCaller = currentCaller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Optional<Response> check(ResourceInfo resource) {
        if (!currentCaller.isAuthenticated()) {
            return Optional.empty();
        }
        RequiresScope required = resource.getResourceMethod().getAnnotation(RequiresScope.class);
        if (required == null) {
            // An endpoint that names no scope is a mistake; refusing it keeps the mistake closed.
            return Optional.of(forbidden("this endpoint names no scope and is closed", Map.of()));
        }
        if (Arrays.stream(required.value()).anyMatch(currentCaller.get()::has)) {
            return Optional.empty();
        }
        String scopes = Arrays.stream(required.value()).map(Scope::wireName).collect(Collectors.joining(" or "));
        return Optional.of(forbidden("this API key lacks the scope " + scopes, Map.of("required_scope", scopes)));
    }

    private static Response forbidden(String message, Map<String, ?> details) {
        return ErrorMapper.answer(403, ApiError.of("forbidden", message, details));
    }
}
