package org.mekong.jtf.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mekong.jtf.common.problem.Failures;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.common.web.Created;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link IdempotentCreate}: runs inside the method's transaction (after {@code @WithTransaction}
 * opened it), so the stored result commits or rolls back with what it created. The same key with
 * another request is 422; a retry racing the first request is told to try again (409). Records are
 * kept for {@code mekong.idempotency.retention} (24 h), after which the key may be used afresh.
 */
@IdempotentCreate("")
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_AFTER)
public class IdempotentCreateInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final IdempotencyRecordRepository repository;
    private final ObjectMapper json;
    private final Instance<RoutingContext> request;
    private final Instance<IdempotentReplays> replays;
    private final Duration retention;

    public IdempotentCreateInterceptor(IdempotencyRecordRepository repository, ObjectMapper json, Instance<RoutingContext> request,
                                       Instance<IdempotentReplays> replays,
                                       @ConfigProperty(name = "mekong.idempotency.retention", defaultValue = "24h") Duration retention) {
        this.repository = repository;
        this.json = json;
        this.request = request;
        this.replays = replays;
        this.retention = retention;
    }

    @AroundInvoke
    @SuppressWarnings("unchecked")
    Object around(InvocationContext invocation) throws Exception {
        RoutingContext rc = request.get();
        String key = rc.request().getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            return Uni.createFrom().failure(ProblemException.badRequest(HEADER, "1 to 128 characters of letters, digits and . _ : -"));
        }
        Caller caller = callerOf(invocation.getParameters());
        String objectType = invocation.getMethod().getAnnotation(IdempotentCreate.class).value();
        String operation = rc.request().method().name() + " " + rc.request().path();
        String requestHash = sha256(operation + "\n" + toJson(requestOf(invocation.getParameters())));
        Instant cutoff = Instant.now().minus(retention);
        return repository.findByKey(caller.agency(), caller.officerId(), key)
                .call(previous -> previous != null && previous.createdAt.isBefore(cutoff) ? repository.delete(previous).call(repository::flush)
                        : Uni.createFrom().voidItem())
                .flatMap(previous -> {
                    if (previous != null && !previous.createdAt.isBefore(cutoff)) {
                        return replay(previous, operation, requestHash, caller, objectType, invocation, rc);
                    }
                    Uni<Object> created;
                    try {
                        created = (Uni<Object>) invocation.proceed();
                    } catch (Exception e) {
                        return Uni.createFrom().failure(e);
                    }
                    return created.call(view -> remember(caller, key, operation, requestHash, (Created.Identified) view));
                })
                .onFailure(IdempotentCreateInterceptor::isUniqueViolation).transform(e -> new ProblemException(409,
                        "idempotency-in-progress", "Conflict", "another request with this Idempotency-Key is being processed; retry shortly"));
    }

    private Uni<Object> replay(IdempotencyRecord previous, String operation, String requestHash, Caller caller,
                               String objectType, InvocationContext invocation, RoutingContext rc) {
        if (!previous.operation.equals(operation) || !previous.requestHash.equals(requestHash)) {
            return Uni.createFrom().failure(new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was already used for a different request"));
        }
        return replays.get().replayed(caller, objectType, previous.createdId, invocation.getParameters()).map(checked -> {
            rc.response().putHeader(REPLAYED_HEADER, "true");
            return fromJson(previous.responseBody, viewType(invocation));
        });
    }

    private Uni<IdempotencyRecord> remember(Caller caller, String key, String operation, String requestHash, Created.Identified view) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.agency = caller.agency();
        record.officerId = caller.officerId();
        record.idempotencyKey = key;
        record.operation = operation;
        record.requestHash = requestHash;
        record.createdId = String.valueOf(view.id());
        record.responseBody = toJson(view);
        record.createdAt = Instant.now();
        return repository.persist(record);
    }

    private static Caller callerOf(Object[] parameters) {
        for (Object p : parameters) {
            if (p instanceof Caller caller) {
                return caller;
            }
        }
        throw new IllegalStateException("an @IdempotentCreate method takes the Caller");
    }

    /** What the request asked for: every argument but the caller (path ids and the body). */
    private static List<Object> requestOf(Object[] parameters) {
        List<Object> request = new ArrayList<>();
        for (Object p : parameters) {
            if (!(p instanceof Caller)) {
                request.add(p);
            }
        }
        return request;
    }

    private static Type viewType(InvocationContext invocation) {
        return ((ParameterizedType) invocation.getMethod().getGenericReturnType()).getActualTypeArguments()[0];
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }

    private Object fromJson(String body, Type type) {
        try {
            return json.readValue(body, json.constructType(type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored response no longer reads as " + type, e);
        }
    }

    private static boolean isUniqueViolation(Throwable t) {
        return Failures.violates(t, "idempotency_record_key_uq");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
