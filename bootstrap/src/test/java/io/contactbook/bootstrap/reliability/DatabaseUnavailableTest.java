package io.contactbook.bootstrap.reliability;

import io.contactbook.adapter.rest.ApiError;
import io.contactbook.adapter.rest.ErrorMapper;
import io.contactbook.bootstrap.DatabaseUnavailable;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean "the database is unreachable" (503, retry) and which stay what they were (500). The whole
 * path, a real PostgreSQL restart under load, is exercised by scripts/db-outage.sh, which CI runs after the tests.
 */
class DatabaseUnavailableTest {

    @Test
    void connection_failures_anywhere_in_the_cause_chain_are_outages() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertThat(DatabaseUnavailable.outage(refused)).isPresent();
        assertThat(DatabaseUnavailable.outage(new PersistenceException(
                new JDBCConnectionException("could not prepare statement", refused)))).isPresent();
        assertThat(DatabaseUnavailable.outage(new IllegalStateException("wrapped",
                new RuntimeException(new SQLException("An I/O error occurred", "08006"))))).isPresent();
    }

    @Test
    void administrator_shutdown_and_cannot_connect_now_are_outages() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            assertThat(DatabaseUnavailable.outage(new SQLException("terminating connection", state)))
                    .as(state).isPresent();
        }
    }

    @Test
    void pool_acquisition_timeout_is_an_outage() {
        assertThat(DatabaseUnavailable.outage(new PersistenceException(new SQLException("Sorry, acquisition timeout!"))))
                .isPresent();
        assertThat(DatabaseUnavailable.outage(new SQLTransientConnectionException("no connection"))).isPresent();
    }

    @Test
    void a_commit_that_failed_because_the_connection_broke_is_an_outage() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("This connection has been closed.", "08003"));
        assertThat(DatabaseUnavailable.outage(commit)).isPresent();
        // What Narayana throws when the connection broke during a one-phase commit: the XAException is only logged.
        assertThat(DatabaseUnavailable.outage(new RuntimeException(
                new RollbackException("ARJUNA016053: Could not commit transaction.")))).isPresent();
        RollbackException withXa = new RollbackException("ARJUNA016053: Could not commit transaction.");
        javax.transaction.xa.XAException rolledBack =
                new javax.transaction.xa.XAException(javax.transaction.xa.XAException.XA_RBROLLBACK);
        rolledBack.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        withXa.addSuppressed(rolledBack);
        assertThat(DatabaseUnavailable.outage(new RuntimeException(withXa))).isPresent();
        RollbackException caused = new RollbackException("could not commit");
        caused.initCause(new JDBCConnectionException("commit failed", new SQLException("gone", "08006")));
        assertThat(DatabaseUnavailable.outage(new RuntimeException(caused))).isPresent();
    }

    @Test
    void an_xa_resource_that_failed_or_lost_its_link_is_an_outage() {
        assertThat(DatabaseUnavailable.outage(new javax.transaction.xa.XAException(
                javax.transaction.xa.XAException.XAER_RMFAIL))).isPresent();
        assertThat(DatabaseUnavailable.outage(new javax.transaction.xa.XAException(
                javax.transaction.xa.XAException.XAER_PROTO))).isEmpty();
    }

    @Test
    void other_failures_are_not_outages() {
        assertThat(DatabaseUnavailable.outage(new IllegalStateException("a bug"))).isEmpty();
        assertThat(DatabaseUnavailable.outage(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key value", "23505"), "contacts_email_key"))).isEmpty();
        assertThat(DatabaseUnavailable.outage(new SQLException("syntax error", "42601"))).isEmpty();
        assertThat(DatabaseUnavailable.outage(new SQLException("no state"))).isEmpty();
        RollbackException rolledBackForAReason = new RollbackException("could not commit");
        rolledBackForAReason.initCause(new IllegalStateException("a bug in a synchronization"));
        assertThat(DatabaseUnavailable.outage(rolledBackForAReason)).isEmpty();
        RuntimeException cyclic = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", cyclic);
        cyclic.initCause(inner);
        assertThat(DatabaseUnavailable.outage(cyclic)).isEmpty();
    }

    @Test
    void an_outage_answers_503_in_the_envelope_with_retry_after_and_anything_else_stays_500() {
        DatabaseUnavailable mapper = new DatabaseUnavailable(new ErrorMapper(new SimpleMeterRegistry()));
        Response outage = mapper.databaseUnavailable(
                new PersistenceException(new SQLException("refused", "08001")), null);
        assertThat(outage.getStatus()).isEqualTo(503);
        assertThat(outage.getHeaderString("Retry-After")).matches("[1-9][0-9]*");
        ApiError error = (ApiError) outage.getEntity();
        assertThat(error.success()).isFalse();
        assertThat(error.error().code()).isEqualTo("service_unavailable");

        Response bug = mapper.databaseUnavailable(new IllegalStateException("a bug"), null);
        assertThat(bug.getStatus()).isEqualTo(500);
        assertThat(((ApiError) bug.getEntity()).error().code()).isEqualTo("internal_error");
    }
}
