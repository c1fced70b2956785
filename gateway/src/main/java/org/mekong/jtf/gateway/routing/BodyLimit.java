package org.mekong.jtf.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body passed on as it arrives, but no further than the suite's body limit. A body that
 * declares its length is judged before a byte is read (common-web's HttpHardening); one sent in
 * chunks can only be counted on the way. Past the limit the stream fails, so the proxy resets the
 * upstream request, and the gateway answers 413 itself — the service would otherwise answer an empty
 * 413 of its own after reading a megabyte of it.
 */
final class BodyLimit implements ReadStream<Buffer> {

    /** The failure the stream ends with past the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("request body over " + limit + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long limit;
    private final Runnable onExceeded;
    private long received;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    /** {@code onExceeded} runs once, when the limit is passed (the answer may be under way or over by then). */
    BodyLimit(ReadStream<Buffer> source, long limit, Runnable onExceeded) {
        this.source = source;
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded) {
                return;
            }
            received += chunk.length();
            if (received > limit) {
                exceeded = true;
                onExceeded.run();
                Handler<Throwable> failed = exceptionHandler;
                if (failed != null) {
                    failed.handle(new TooLarge(limit));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        // Past the limit the body has failed: it must not also end as if it were whole.
        source.endHandler(endHandler == null ? null : done -> {
            if (!exceeded) {
                endHandler.handle(done);
            }
        });
        return this;
    }
}
