package org.mekong.jtf.common.concurrency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.mekong.jtf.common.problem.ProblemException;

/**
 * Optimistic locking over HTTP: a record's version is its ETag, and an update must name the
 * version it was based on in {@code If-Match} (428 without it, 412 when it is stale).
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A 200 carrying the record and its version as ETag, for the next If-Match. */
    public static Response okWithEtag(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, etag(version)).build();
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "send If-Match with the ETag of the version you are updating");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches
            if (tag.equals(etag(currentVersion))) {
                return;
            }
        }
        throw new ProblemException(412, "stale-version", "Precondition failed",
                "the record is at version " + etag(currentVersion) + "; read it again and retry with its current ETag");
    }
}
