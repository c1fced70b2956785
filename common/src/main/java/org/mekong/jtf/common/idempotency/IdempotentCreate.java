package org.mekong.jtf.common.idempotency;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a service's create method safe to retry with an {@code Idempotency-Key}: the first result
 * is stored, with the id of what it created, in the method's own transaction; a retry with the same
 * key and request gets that result again (after {@link IdempotentReplays} checked the caller may
 * still see it) and creates nothing. The method takes the {@code Caller} among its parameters and
 * returns {@code Uni} of a view that is {@code Created.Identified}; it must be {@code @WithTransaction}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface IdempotentCreate {

    /** The kind of record created, as the audit log names it (case, seizure…). */
    @Nonbinding
    String value();
}
