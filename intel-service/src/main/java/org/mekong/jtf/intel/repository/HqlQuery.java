package org.mekong.jtf.intel.repository;

import org.hibernate.reactive.mutiny.Mutiny;

import java.util.LinkedHashMap;
import java.util.Map;

/** A query under construction: its text and named parameters, bound in one place. */
final class HqlQuery {

    private final StringBuilder text;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    HqlQuery(String start) {
        this.text = new StringBuilder(start);
    }

    HqlQuery and(String condition, String name, Object value) {
        text.append(" and ").append(condition);
        parameters.put(name, value);
        return this;
    }

    HqlQuery with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    String text() {
        return text.toString();
    }

    <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
