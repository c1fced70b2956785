package org.mekong.jtf.gateway.security;

/**
 * Who is calling, as far as the gateway needs to know once the token is verified: the officer and
 * agency (the keys of their rate limits) and the client address. Anonymous calls never get this far:
 * they are refused after the per-address bucket.
 */
public record Caller(String subject, String agency, String clientAddress) {

    /** The officer's bucket key: the same subject in two agencies is two officers. */
    public String key() {
        return subject + "@" + agency;
    }
}
