package org.mekong.jtf.common.ids;

import java.security.SecureRandom;

/**
 * Human-readable references such as {@code JI-2025-7KQ4-M2XA}: a prefix naming the kind of record,
 * the year, and 40 random bits in Crockford base32 (no I, L, O, U, so a reference read out over the
 * phone is not misheard). A counter would let any agency that sees one reference count the records
 * made before it, by every agency; random parts tell nothing, and taking one needs no lock. A
 * collision (one in a trillion per pair) fails the table's unique constraint and answers 409.
 */
public final class RandomReferences {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomReferences() {
    }

    public static String next(String prefix, int year) {
        StringBuilder reference = new StringBuilder(prefix).append('-').append(year).append('-');
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
