package org.mekong.jtf.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

import static java.lang.annotation.ElementType.*;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A date or instant no earlier than 1900-01-01: older ones are typing errors here, and years
 * PostgreSQL cannot store (before 4713 BC) must be refused as bad input, not fail in the database.
 * Combine with {@code @PastOrPresent} for things that have happened.
 */
@Documented
@Constraint(validatedBy = HistoricalDate.Validator.class)
@Target({FIELD, PARAMETER, TYPE_USE, RECORD_COMPONENT, METHOD})
@Retention(RUNTIME)
public @interface HistoricalDate {
    String message() default "must not be before 1900-01-01";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HistoricalDate, Temporal> {
        private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            if (value instanceof LocalDate date) {
                return !date.isBefore(EARLIEST);
            }
            if (value instanceof Instant instant) {
                return !instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return true;
        }
    }
}
