package io.contactbook.adapter.rest.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Budgets in Redis, so that every instance of the service spends from one budget per key (bucket4j's
 * compare-and-swap buckets over Lettuce). Redis backs a safeguard here, not the data: when it does not answer
 * within {@link #TIMEOUT}, the instance counts in its own memory until it does, and one WARN says so. An outage of
 * the counters thus never becomes an outage of the contacts API, and a runaway client is still held to the limit
 * by each instance.
 */
public final class RedisKeyBudgets implements KeyBudgets, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RedisKeyBudgets.class);

    /** Redis answers within a millisecond or two on a healthy network; past this, the count is not worth the wait. */
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    /** While there is no connection, requests try to make one at most this often, so not every request waits. */
    private static final Duration PAUSE_BETWEEN_CONNECTS = Duration.ofSeconds(5);
    /** Redis drops a bucket ten seconds after it would be full again: an idle key leaves nothing behind. */
    private static final ExpirationAfterWriteStrategy DROP_ONCE_FULL_AGAIN =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));

    private final RedisClient client;
    private final String address;
    private final LocalKeyBudgets whileRedisIsDown = new LocalKeyBudgets();
    private final AtomicBoolean answering = new AtomicBoolean(true);
    private volatile ProxyManager<String> buckets;
    private long nextConnectNanos = System.nanoTime();

    public RedisKeyBudgets(String redisUrl) {
        RedisURI uri = parse(redisUrl);
        uri.setTimeout(TIMEOUT);
        // Only host and port ever reach the log: the URL may carry a password.
        this.address = uri.getHost() + ":" + uri.getPort();
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
                // While the link is down, refuse at once instead of queueing commands until it is back.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        LOG.infof("rate limits are counted in Redis at %s, shared by every instance", address);
        try {
            connected();
        } catch (RuntimeException unreachable) {
            notAnswered(unreachable);
        }
    }

    @Override
    public Charge charge(UUID keyId, int limitPerMinute) {
        try {
            ConsumptionProbe probe = connected().builder()
                    .build(redisKey(keyId, limitPerMinute),
                            () -> BucketConfiguration.builder().addLimit(MinuteWindow.of(limitPerMinute)).build())
                    .tryConsumeAndReturnRemaining(1);
            answered();
            return MinuteWindow.charge(probe, limitPerMinute);
        } catch (RuntimeException unanswered) {
            notAnswered(unanswered);
            return whileRedisIsDown.charge(keyId, limitPerMinute);
        }
    }

    /** The limit is part of the name, so that a key whose limit changed starts a fresh window at its new limit. */
    static String redisKey(UUID keyId, int limitPerMinute) {
        return "contactbook:rate-limit:" + keyId + ":" + limitPerMinute;
    }

    @Override
    public void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    private ProxyManager<String> connected() {
        ProxyManager<String> current = buckets;
        return current != null ? current : connect();
    }

    /** Once connected, Lettuce reconnects by itself after an outage; until then, requests try now and then. */
    private synchronized ProxyManager<String> connect() {
        if (buckets != null) {
            return buckets;
        }
        long now = System.nanoTime();
        if (now - nextConnectNanos < 0) {
            throw new IllegalStateException("no connection to Redis yet; the next attempt is due later");
        }
        nextConnectNanos = now + PAUSE_BETWEEN_CONNECTS.toNanos();
        StatefulRedisConnection<String, byte[]> connection =
                client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(DROP_ONCE_FULL_AGAIN)
                .requestTimeout(TIMEOUT)
                .build();
        return buckets;
    }

    private void answered() {
        if (answering.compareAndSet(false, true)) {
            LOG.infof("Redis at %s answers again: rate limits are shared across instances again", address);
        }
    }

    /** Once per outage, not once per request; the failure's type, never its message, which may quote the URL. */
    private void notAnswered(RuntimeException failure) {
        if (answering.compareAndSet(true, false)) {
            LOG.warnf("Redis at %s does not answer (%s): rate limits are counted in this instance's memory "
                    + "until it does", address, rootCause(failure).getClass().getName());
        }
    }

    /** Without the cause: its message would quote the URL, password included. */
    private static RedisURI parse(String redisUrl) {
        try {
            return RedisURI.create(redisUrl);
        } catch (IllegalArgumentException unreadable) {
            throw new IllegalArgumentException(
                    "contactbook.redis-url is not a Redis URL such as redis://127.0.0.1:6379 or rediss://host:port");
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
