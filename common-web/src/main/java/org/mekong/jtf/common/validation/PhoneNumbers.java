package org.mekong.jtf.common.validation;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.mekong.jtf.common.problem.ProblemException;

import java.util.Locale;

/**
 * Phone numbers as every service reads them: parsed by libphonenumber with a default region (the
 * number's country, or the reporting one: {@code 0912 345 678} from Vietnam is {@code +84912345678}),
 * refused with a 400 naming the field when they cannot be a number of that region.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The number in E.164, or a 400 naming {@code field}. */
    public static String e164(String value, String region, String field) {
        try {
            PhoneNumber number = PHONES.parse(value, region);
            if (!PHONES.isPossibleNumber(number)) {
                throw ProblemException.badRequest(field, "is not a possible phone number for " + region);
            }
            return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            throw ProblemException.badRequest(field, "is not a phone number (" + e.getErrorType().name().toLowerCase(Locale.ROOT) + ")");
        }
    }
}
