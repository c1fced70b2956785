package org.mekong.jtf.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import static java.lang.annotation.ElementType.*;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * An ISO 3166-2 subdivision code such as {@code VN-HN} or {@code TH-57}: a real country prefix and a
 * one-to-three character subdivision part. The JDK carries no subdivision list, so the part after
 * the dash is checked for form only.
 */
@Documented
@Constraint(validatedBy = SubdivisionCode.Validator.class)
@Target({FIELD, PARAMETER, TYPE_USE, RECORD_COMPONENT, METHOD})
@Retention(RUNTIME)
public @interface SubdivisionCode {
    String message() default "must be an ISO 3166-2 subdivision code, e.g. VN-HN or TH-57";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SubdivisionCode, String> {
        private static final Pattern FORM = Pattern.compile("([A-Z]{2})-[A-Z0-9]{1,3}");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            var m = FORM.matcher(value);
            return m.matches() && CountryCode.Validator.isCountry(m.group(1));
        }
    }
}
