package org.mekong.jtf.common.security;

import java.util.Set;

/**
 * Who is calling, as proven by the verified JWT: the officer, the agency they act for (the tenant),
 * its country, their roles, and the id of the request they made (for audit and tracing).
 */
public record Caller(String officerId, String agency, String country, Set<String> roles, String requestId) {
}
