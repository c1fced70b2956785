package org.mekong.jtf.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Makes creates safe to retry. With an {@code Idempotency-Key}, the first response is stored in the
 * same transaction as what it created; a retry with the same key and body gets that response again
 * and creates nothing, the same key with another body is refused (422), and a retry racing the first
 * request is told to try again (409).
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final IdempotencyRecordRepository repository;
    private final ObjectMapper json;

    public IdempotentCreates(IdempotencyRecordRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** What a create made: the body to answer with, where it lives, and its ETag (may be null). */
    public record Created(Object body, URI location, String etag) {
    }

    /**
     * @param onReplay runs before a stored response is replayed, with the location of what the first
     *                 request created: the service checks the caller may still see it (failing as it
     *                 would for a read) and audits the read.
     */
    public Uni<Response> create(Caller caller, String key, String operation, Object request, Supplier<Uni<Created>> create,
                                Function<String, Uni<Void>> onReplay) {
        if (key == null) {
            return Panache.withTransaction(create).map(IdempotentCreates::createdResponse);
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(HEADER, "1 to 128 characters of letters, digits and . _ : -");
        }
        String requestHash = sha256(operation + "\n" + toJson(request));
        return Panache.<Response>withTransaction(() -> repository.findByKey(caller.agency(), caller.officerId(), key)
                        .flatMap(previous -> previous != null
                                ? replayable(previous, operation, requestHash)
                                        .call(() -> onReplay.apply(lastSegment(previous.location)))
                                        .map(IdempotentCreates::replay)
                                : create.get().flatMap(created -> remember(caller, key, operation, requestHash, created))))
                .onFailure(IdempotentCreates::isUniqueViolation).transform(e -> new ProblemException(409, "idempotency-in-progress",
                        "Conflict", "another request with this Idempotency-Key is being processed; retry shortly"));
    }

    private Uni<Response> remember(Caller caller, String key, String operation, String requestHash, Created created) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.agency = caller.agency();
        record.officerId = caller.officerId();
        record.idempotencyKey = key;
        record.operation = operation;
        record.requestHash = requestHash;
        record.responseStatus = 201;
        record.responseBody = toJson(created.body());
        record.location = created.location() == null ? null : created.location().toString();
        record.createdAt = Instant.now();
        return repository.persist(record).map(saved -> createdResponse(created));
    }

    private static Uni<IdempotencyRecord> replayable(IdempotencyRecord previous, String operation, String requestHash) {
        if (!previous.operation.equals(operation) || !previous.requestHash.equals(requestHash)) {
            return Uni.createFrom().failure(new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                    "this Idempotency-Key was already used for a different request"));
        }
        return Uni.createFrom().item(previous);
    }

    /** The id at the end of a created resource's location. */
    private static String lastSegment(String location) {
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }

    private static Response replay(IdempotencyRecord previous) {
        Response.ResponseBuilder response = Response.status(previous.responseStatus)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(previous.responseBody)
                .header(REPLAYED_HEADER, "true");
        if (previous.location != null) {
            response.header(HttpHeaders.LOCATION, previous.location);
        }
        return response.build();
    }

    private static Response createdResponse(Created created) {
        Response.ResponseBuilder response = Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(created.body());
        if (created.location() != null) {
            response.location(created.location());
        }
        if (created.etag() != null) {
            response.header(HttpHeaders.ETAG, created.etag());
        }
        return response.build();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    private static boolean isUniqueViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String message = c.getMessage();
            if (message != null && message.contains("idempotency_record_key_uq")) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
