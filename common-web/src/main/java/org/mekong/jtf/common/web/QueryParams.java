package org.mekong.jtf.common.web;

import org.mekong.jtf.common.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters are taken as text and converted here, so that a malformed filter is a 400 that
 * names the parameter (JAX-RS would answer a failed conversion with a bare 404).
 */
public final class QueryParams {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private QueryParams() {
    }

    public static int integer(String value, String name, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw ProblemException.badRequest(name, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number");
        }
    }

    public static LocalDate date(String value, String name, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw ProblemException.badRequest(name, "must lie between " + EARLIEST + " and " + LATEST);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be an ISO-8601 date such as 2025-06-30");
        }
    }

    public static <E extends Enum<E>> E enumValue(String value, String name, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static String text(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.badRequest(name, "at most " + maxLength + " characters");
        }
        return value.trim();
    }

    /** A record id given as a filter, or null when absent. */
    public static java.util.UUID uuid(String value, String name) {
        String text = text(value, name, 36);
        try {
            return text == null ? null : java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "must be a UUID");
        }
    }

    /** An instant (2025-06-30T08:00:00Z) or a date (2025-06-30, meaning its start in UTC). */
    public static java.time.Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() == 10) {
            return date(v, name, null).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
        try {
            java.time.Instant at = java.time.Instant.parse(v);
            if (at.isBefore(EARLIEST.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
                    || at.isAfter(LATEST.atStartOfDay(java.time.ZoneOffset.UTC).toInstant())) {
                throw ProblemException.badRequest(name, "must lie between " + EARLIEST + " and " + LATEST);
            }
            return at;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be an ISO-8601 instant such as 2025-06-30T08:00:00Z or a date");
        }
    }
}
