package org.mekong.jtf.common.problem;

import java.util.List;

/**
 * A refusal the code means to give: it becomes a problem+json response with this status, a stable
 * type slug and a message fit for the caller.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.Violation> violations;
    private RefusalLog.Refusal refusal;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations;
    }

    public ProblemException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Not found", what + " does not exist or is not visible to your agency");
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    /**
     * Marks this refusal as one of access to a protected object: it is written to the audit log
     * (of the owning agency, or the service's own) before it is answered.
     */
    public ProblemException audited(String action, String objectType, Object objectId, String ownerAgency) {
        this.refusal = new RefusalLog.Refusal(action, objectType, String.valueOf(objectId), ownerAgency);
        return this;
    }

    public RefusalLog.Refusal refusal() {
        return refusal;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
