package io.contactbook.bootstrap;

import io.contactbook.application.port.in.IdempotencyUseCase;
import io.contactbook.application.port.out.IdempotencyRecords;
import io.contactbook.application.service.IdempotencyService;
import io.quarkus.arc.BindingsSource;
import io.quarkus.arc.InterceptionProxy;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wires the idempotency keys. Unlike the other use cases, each call is a transaction of its own, committed at
 * once: the claim must be visible to a concurrent duplicate before the request's own use case begins, and the
 * answer must be kept even though the request's transaction is over. Every hour, each instance also forgets the
 * keys that expired (no scheduler extension needed; several instances doing so at once only share the work).
 */
@Singleton
public class IdempotencyUseCases {

    private static final Logger LOG = Logger.getLogger(IdempotencyUseCases.class);
    private static final long FORGET_EVERY_MINUTES = 60;

    private final IdempotencyService idempotency;
    private ScheduledExecutorService forgetting;

    IdempotencyUseCases(IdempotencyRecords records) {
        this.idempotency = new IdempotencyService(records, Clock.systemUTC());
    }

    @Produces
    @ApplicationScoped
    IdempotencyUseCase idempotency(
            @BindingsSource(OwnTransaction.class) InterceptionProxy<IdempotencyUseCase> proxy) {
        return proxy.create(idempotency);
    }

    void startForgettingExpiredKeys(@Observes StartupEvent start, IdempotencyUseCase transactional) {
        forgetting = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "forget-expired-idempotency-keys");
            thread.setDaemon(true);
            return thread;
        });
        forgetting.scheduleWithFixedDelay(() -> forgetExpired(transactional),
                FORGET_EVERY_MINUTES, FORGET_EVERY_MINUTES, TimeUnit.MINUTES);
    }

    void stopForgetting(@Observes ShutdownEvent stop) {
        if (forgetting != null) {
            forgetting.shutdownNow();
        }
    }

    private static void forgetExpired(IdempotencyUseCase transactional) {
        try {
            int forgotten;
            // A batch per transaction keeps each one short; stop at the first batch that is not full.
            do {
                forgotten = transactional.forgetExpired();
            } while (forgotten == IdempotencyService.EXPIRED_BATCH);
        } catch (RuntimeException failure) {
            // A failed run must not end the schedule (an exception would): the next run tries again.
            LOG.warnf("forgetting expired idempotency keys failed (%s); retrying in %d minutes",
                    failure.getClass().getName(), FORGET_EVERY_MINUTES);
        }
    }

    /** Each call its own transaction, even inside another one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    abstract static class OwnTransaction {
    }
}
