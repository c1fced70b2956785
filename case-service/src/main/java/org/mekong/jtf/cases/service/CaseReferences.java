package org.mekong.jtf.cases.service;

import java.security.SecureRandom;

/**
 * Case references such as {@code JI-2025-7KQ4-M2XA}: the year the case was opened and 40 random bits
 * in Crockford base32 (no I, L, O, U, so a reference read out over the phone is not misheard). A
 * counter would let any agency that sees one reference count the cases opened before it, by every
 * agency; random parts tell nothing, and taking one needs no lock. A collision (one in a trillion
 * per pair) fails the unique constraint and the open is retried by the client as a 409.
 */
final class CaseReferences {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseReferences() {
    }

    static String next(int year) {
        StringBuilder reference = new StringBuilder("JI-").append(year).append('-');
        long bits = RANDOM.nextLong() >>> 24; // 40 random bits
        for (int i = 7; i >= 0; i--) {
            reference.append(CROCKFORD[(int) (bits >>> (5 * i)) & 31]);
            if (i == 4) {
                reference.append('-');
            }
        }
        return reference.toString();
    }
}
