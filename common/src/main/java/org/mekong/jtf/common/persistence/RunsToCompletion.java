package org.mekong.jtf.common.persistence;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service whose operations, once started, end the way they would have for a client that stayed:
 * a client that disconnects mid-request cancels its response, not the transaction under it (which
 * otherwise is closed while live and leaves the connection in an unknown state). Put it on the
 * service class; it wraps each {@code Uni} outside {@code @WithTransaction}/{@code @WithSession}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RunsToCompletion {
}
