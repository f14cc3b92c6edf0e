package io.contactbook.bootstrap;

import io.contactbook.adapter.rest.ApiError;
import io.contactbook.adapter.rest.ErrorMapper;
import io.contactbook.adapter.rest.HttpEdge;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A request that fails because the database cannot be reached (down, restarting, refusing connections, the pool
 * unable to hand out a connection in time) answers 503 {@code service_unavailable} with {@code Retry-After}: the
 * client may retry (the transaction was rolled back; see the README on a commit cut off in flight). Every other failure is left to {@link ErrorMapper} exactly as before.
 *
 * <p>The failure arrives in many wrappings (Hibernate's {@code JDBCConnectionException}, a transaction commit
 * failure, ArC's undeclared-throwable wrapper, Agroal's acquisition timeout), so the whole cause chain is walked.
 * This mapper lives in the composition root, next to the wiring of the pool; it recognises JDBC and Hibernate
 * exceptions by class name and reads the SQLState reflectively, so that no class outside the persistence adapter
 * depends on {@code java.sql} or Hibernate (ArchitectureTest).
 */
public class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);

    /** Seconds a client should wait: about what a PostgreSQL restart or fail-over takes. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up / shutting down). */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03");

    private final ErrorMapper others;

    /** {@code others} answers every failure that is not an outage, as it would without this mapper. */
    public DatabaseUnavailable(ErrorMapper others) {
        this.others = others;
    }

    /**
     * More specific than {@link ErrorMapper}'s catch-all for {@link Throwable}, less specific than every mapper
     * for a particular exception: it sees only what would otherwise end as a 500.
     */
    @ServerExceptionMapper
    public Response databaseUnavailable(Exception failure, HttpServerRequest request) {
        Optional<String> reason = outage(failure);
        if (reason.isEmpty()) {
            return others.unexpected(failure, request);
        }
        String requestId = request == null ? null : request.response().headers().get(HttpEdge.REQUEST_ID);
        // Class names and SQL states only: a database message may quote data.
        LOG.warnf("request %s: database unavailable (%s), answering 503", requestId, reason.get());
        return Response.status(503)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                .entity(ApiError.of("service_unavailable",
                        "the database is unavailable; retry in a few seconds",
                        requestId == null ? Map.of() : Map.of("request_id", requestId)))
                .build();
    }

    /**
     * Why the failure means the database is unreachable, or empty when it means something else. Searches the
     * whole graph: causes, suppressed exceptions (Narayana attaches the failed commit's XAException, itself caused
     * by the driver's exception, to its RollbackException that way) and a SQLException's next exceptions.
     */
    public static Optional<String> outage(Throwable failure) {
        return search(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Optional<String> search(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure) || seen.size() > 100) {
            return Optional.empty();
        }
        Optional<String> reason = unreachable(failure);
        if (reason.isPresent()) {
            return reason;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            reason = search(suppressed, seen);
            if (reason.isPresent()) {
                return reason;
            }
        }
        if (isA(failure, "java.sql.SQLException") && call(failure, "getNextException") instanceof Throwable next) {
            reason = search(next, seen);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return search(failure.getCause(), seen);
    }

    private static Optional<String> unreachable(Throwable failure) {
        String type = failure.getClass().getName();
        if (isA(failure, "org.hibernate.exception.JDBCConnectionException")
                || isA(failure, "java.sql.SQLTransientConnectionException")) {
            return Optional.of(type);
        }
        // The commit itself failed and the transaction was rolled back, with nothing more specific attached: what
        // Narayana throws when the connection broke during commit (the XAException it logs is not chained).
        // The transaction was rolled back, so a retry is right. A rollback with a cause is judged by that cause.
        if (isA(failure, "jakarta.transaction.RollbackException") && failure.getCause() == null
                && failure.getSuppressed().length == 0) {
            return Optional.of(type + " at commit");
        }
        // XAER_RMFAIL (-7, resource manager unavailable), XA_RBCOMMFAIL (101, communication failure).
        if (isA(failure, "javax.transaction.xa.XAException")
                && xaErrorCode(failure) instanceof Integer code
                && (code == -7 || code == 101)) {
            return Optional.of(type + " errorCode " + code);
        }
        if (isA(failure, "java.sql.SQLException")) {
            String state = call(failure, "getSQLState") instanceof String sqlState ? sqlState : null;
            if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                return Optional.of(type + " SQLState " + state);
            }
            // Agroal: "Sorry, acquisition timeout!" / "Acquisition timeout while waiting for new connection".
            String message = failure.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return Optional.of(type + " pool acquisition timeout");
            }
        }
        return Optional.empty();
    }

    private static Object xaErrorCode(Throwable failure) {
        try {
            return failure.getClass().getField("errorCode").get(failure);
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            return null;
        }
    }

    private static boolean isA(Throwable failure, String className) {
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    /** A public no-argument getter of a JDBC exception, or null. */
    private static Object call(Throwable failure, String getter) {
        try {
            return failure.getClass().getMethod(getter).invoke(failure);
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            return null;
        }
    }
}
