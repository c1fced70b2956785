package org.mekong.jtf.gateway.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.mekong.jtf.common.web.RequestIdentity;
import org.mekong.jtf.gateway.config.GatewayConfig;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One line per call on the gateway's API port: client address, request line, status, bytes sent,
 * duration and request id — never a header's value nor a query parameter's, so never a token.
 * <p>
 * Why not Quarkus' access log: it hands every line to the log manager on the event loop, and with an
 * asynchronous console that wakes the log thread once per call. Measured at a few thousand calls per
 * second on two cores, that wake-up and its context switches cost a fifth of the gateway's CPU and left
 * the cores idle a fifth of the time. Here the event loop only formats the line and queues it (a CAS);
 * one background thread wakes every {@value #FLUSH_INTERVAL_MS} ms and logs what has queued. A line is
 * therefore written up to that long after its call ended. Should the writer fall behind by more than
 * {@value #MAX_PENDING} lines, further lines are dropped and counted ({@code gateway_access_log_dropped})
 * rather than let memory grow or an event loop wait.
 */
@Singleton
public class AccessLog {

    static final int FLUSH_INTERVAL_MS = 100;
    static final int MAX_PENDING = 100_000;
    /** The log category, so operators can route or silence it like any other. */
    static final String CATEGORY = "org.mekong.jtf.gateway.access";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.\\[\\]-]{1,40}");

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final boolean enabled;
    private final ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final Counter dropped;
    private volatile boolean running = true;
    private final Thread writer;

    @jakarta.inject.Inject
    public AccessLog(GatewayConfig config, MeterRegistry registry) {
        this(config.accessLog(), registry);
    }

    AccessLog(boolean enabled, MeterRegistry registry) {
        this.enabled = enabled;
        this.dropped = registry.counter("gateway.access.log.dropped");
        this.writer = new Thread(this::writeLoop, "gateway-access-log");
        writer.setDaemon(true);
        if (enabled) {
            writer.start();
        }
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            // Before the request id is assigned (10 000), so that even a call refused there is logged.
            filters.register(this::record, 20_000);
        }
    }

    private void record(RoutingContext rc) {
        long started = System.nanoTime();
        rc.addEndHandler(ended -> offer(line(rc, started)));
        rc.next();
    }

    static String line(RoutingContext rc, long startedNanos) {
        HttpServerRequest request = rc.request();
        SocketAddress remote = request.remoteAddress();
        long bytes = rc.response().bytesWritten();
        return new StringBuilder(160)
                .append(remote == null ? "-" : remote.hostAddress())
                .append(" \"").append(request.method().name()).append(' ').append(loggableTarget(request)).append(' ')
                .append(version(request)).append("\" ")
                .append(rc.response().getStatusCode()).append(' ')
                .append(bytes > 0 ? Long.toString(bytes) : "-").append(' ')
                .append(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos)).append(" ms rid=")
                .append(RequestIdentity.requestId(rc))
                .toString();
    }

    /**
     * The path, and of the query only the parameter names: a value may be a token
     * ({@code ?access_token=…}) or what an investigator searched for; each value is written as {@code ***}.
     */
    static String loggableTarget(HttpServerRequest request) {
        String query = request.query();
        if (query == null || query.isEmpty()) {
            return request.path();
        }
        StringBuilder target = new StringBuilder(request.path()).append('?');
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            if (target.charAt(target.length() - 1) != '?') {
                target.append('&');
            }
            // A parameter without "=" ("?eyJ…", "?Somchai") may be a bare value: it is masked whole. Of the
            // others, a name is written out if it looks like one.
            String name = equals < 0 ? null : parameter.substring(0, equals);
            target.append(name != null && PLAIN_NAME.matcher(name).matches() ? name + "=***" : "***");
        }
        return target.toString();
    }

    private static String version(HttpServerRequest request) {
        return switch (request.version()) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_1_1 -> "HTTP/1.1";
            case HTTP_2 -> "HTTP/2";
        };
    }

    void offer(String line) {
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            pendingCount.decrementAndGet();
            dropped.increment();
            return;
        }
        pending.offer(line);
    }

    private void writeLoop() {
        while (running) {
            drain();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(FLUSH_INTERVAL_MS));
        }
        drain();
    }

    private void drain() {
        for (String line = pending.poll(); line != null; line = pending.poll()) {
            pendingCount.decrementAndGet();
            LOG.info(line);
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        LockSupport.unpark(writer);
        if (writer.isAlive()) {
            writer.join(TimeUnit.SECONDS.toMillis(2));
        }
    }
}
