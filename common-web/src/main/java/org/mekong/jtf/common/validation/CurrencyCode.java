package org.mekong.jtf.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

import static java.lang.annotation.ElementType.*;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/** An ISO 4217 currency code known to the JDK, e.g. VND, THB, USD. */
@Documented
@Constraint(validatedBy = CurrencyCode.Validator.class)
@Target({FIELD, PARAMETER, TYPE_USE, RECORD_COMPONENT, METHOD})
@Retention(RUNTIME)
public @interface CurrencyCode {
    String message() default "must be an ISO 4217 currency code, e.g. VND or USD";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CurrencyCode, String> {
        private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || CURRENCIES.contains(value);
        }
    }
}
