package org.mekong.jtf.cases.service;

import org.mekong.jtf.common.problem.ProblemException;

/** Rules on where things happened. */
final class Places {

    private Places() {
    }

    /** An ISO 3166-2 code starts with its country's code: VN-HN lies in VN. */
    static void requireProvinceInCountry(String province, String country) {
        if (province != null && country != null && !province.startsWith(country + "-")) {
            throw ProblemException.badRequest("province", province + " is not a subdivision of " + country);
        }
    }
}
