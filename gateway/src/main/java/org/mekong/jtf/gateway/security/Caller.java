package org.mekong.jtf.gateway.security;

/**
 * Who is calling, as far as the gateway needs to know: the verified officer and agency (used as the
 * rate-limit key), or an anonymous client known only by its address.
 */
public record Caller(String subject, String agency, String clientAddress) {

    public static Caller anonymous(String clientAddress) {
        return new Caller(null, null, clientAddress);
    }

    public boolean authenticated() {
        return subject != null;
    }

    /** Stable key for per-caller limits; prefixed so a subject can never collide with an address. */
    public String key() {
        return authenticated() ? "sub:" + subject + "@" + agency : "ip:" + clientAddress;
    }
}
