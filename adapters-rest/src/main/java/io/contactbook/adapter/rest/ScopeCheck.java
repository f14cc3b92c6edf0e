package io.contactbook.adapter.rest;

import io.contactbook.domain.access.Scope;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Map;
import java.util.Optional;

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
        Scope scope = required.value();
        if (currentCaller.get().has(scope)) {
            return Optional.empty();
        }
        return Optional.of(forbidden("this API key lacks the scope " + scope.wireName(),
                Map.of("required_scope", scope.wireName())));
    }

    private static Response forbidden(String message, Map<String, ?> details) {
        return ErrorMapper.answer(403, ApiError.of("forbidden", message, details));
    }
}
