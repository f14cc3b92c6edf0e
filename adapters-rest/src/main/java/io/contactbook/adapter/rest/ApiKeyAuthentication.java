package io.contactbook.adapter.rest;

import io.contactbook.application.port.in.AuthenticateUseCase;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code /api} request names its key in {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}.
 * A key in the query string is refused outright: URLs end up in logs, proxies and browser history.
 */
public class ApiKeyAuthentication {

    private static final List<String> QUERY_KEY_NAMES = List.of("api_key", "apiKey", "apikey", "key", "token");
    private static final String BEARER = "Bearer ";

    private final AuthenticateUseCase authenticate;
    private final CurrentCaller currentCaller;

    ApiKeyAuthentication(AuthenticateUseCase authenticate, CurrentCaller currentCaller) {
        this.authenticate = authenticate;
        this.currentCaller = currentCaller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        Map<String, List<String>> query = request.getUriInfo().getQueryParameters();
        if (QUERY_KEY_NAMES.stream().anyMatch(query::containsKey)) {
            return refuse("API keys are not accepted in the query string; send it in the Authorization header "
                    + "as 'Bearer <key>' (or in X-API-Key)");
        }
        Optional<String> presented = presentedKey(request);
        if (presented.isEmpty()) {
            return refuse("missing API key; send it in the Authorization header as 'Bearer <key>' (or in X-API-Key)");
        }
        return authenticate.authenticate(presented.get())
                .map(caller -> {
                    currentCaller.set(caller);
                    return Optional.<Response>empty();
                })
                .orElseGet(() -> refuse("unknown or revoked API key"));
    }

    private static Optional<String> presentedKey(ContainerRequestContext request) {
        String authorization = request.getHeaderString("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()).trim());
        }
        return Optional.ofNullable(request.getHeaderString("X-API-Key")).map(String::trim);
    }

    private static Optional<Response> refuse(String message) {
        return Optional.of(Response.fromResponse(ErrorMapper.answer(401, ApiError.of("unauthorized", message, Map.of())))
                .header("WWW-Authenticate", "Bearer")
                .build());
    }
}
