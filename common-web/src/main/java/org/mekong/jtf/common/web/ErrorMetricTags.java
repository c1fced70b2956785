package org.mekong.jtf.common.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Quarkus counts the HTTP server's connection errors ({@code http_server_errors_total}) by the
 * exception's class name. A metric should not teach a reader the implementation's classes, and the
 * name says nothing an operator acts on that a kind would not: the tag becomes {@code kind} —
 * {@code connection} (a peer that reset or closed), {@code tls}, {@code timeout} or {@code other}.
 */
@Singleton
public class ErrorMetricTags {

    static final String SERVER_ERRORS = "http.server.errors";

    @Produces
    @Singleton
    MeterFilter exceptionKindsNotClassNames() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String exception = id.getTag("class");
                if (!SERVER_ERRORS.equals(id.getName()) || exception == null) {
                    return id;
                }
                List<Tag> tags = new ArrayList<>();
                id.getTagsAsIterable().forEach(tag -> {
                    if (!tag.getKey().equals("class")) {
                        tags.add(tag);
                    }
                });
                tags.add(Tag.of("kind", kind(exception)));
                return id.replaceTags(tags);
            }
        };
    }

    static String kind(String exceptionClass) {
        String name = exceptionClass.toLowerCase(java.util.Locale.ROOT);
        if (name.contains("ssl") || name.contains("tls")) {
            return "tls";
        }
        if (name.contains("timeout")) {
            return "timeout";
        }
        if (name.startsWith("java.io.") || name.startsWith("java.net.") || name.startsWith("java.nio.channels.")
                || name.contains("closedchannel") || name.contains("connection") || name.contains("unix.errors")) {
            return "connection";
        }
        return "other";
    }
}
