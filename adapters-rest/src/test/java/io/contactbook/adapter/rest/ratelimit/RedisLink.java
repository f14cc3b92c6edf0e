package io.contactbook.adapter.rest.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay to a real Redis that a test can cut, as a network failure or a Redis crash would, without touching
 * the Redis that every other test uses.
 */
final class RedisLink implements AutoCloseable {

    private final ServerSocket listener;
    private final int redisPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private RedisLink(int redisPort) throws IOException {
        this.redisPort = redisPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        start(this::acceptClients);
    }

    static RedisLink to(int redisPort) {
        try {
            return new RedisLink(redisPort);
        } catch (IOException cannotListen) {
            throw new UncheckedIOException(cannotListen);
        }
    }

    String url() {
        return "redis://127.0.0.1:" + listener.getLocalPort();
    }

    /** Drops every connection and refuses new ones. */
    void cut() {
        close();
    }

    @Override
    public void close() {
        closeQuietly(listener);
        sockets.forEach(RedisLink::closeQuietly);
    }

    private void acceptClients() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket redis = new Socket(InetAddress.getLoopbackAddress(), redisPort);
                sockets.add(client);
                sockets.add(redis);
                start(() -> relay(client, redis));
                start(() -> relay(redis, client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void relay(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException cut) {
            // The link was cut: nothing more to relay.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void start(Runnable work) {
        Thread thread = new Thread(work, "redis-link");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception alreadyClosed) {
            // Closing is all we wanted.
        }
    }
}
