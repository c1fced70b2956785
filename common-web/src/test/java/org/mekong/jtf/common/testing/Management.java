package org.mekong.jtf.common.testing;

import java.net.URL;

/** The management interface in tests: {@code @TestHTTPResource(value = "/", management = true)} gives its {@code /q/} URL. */
public final class Management {

    private Management() {
    }

    /** Scheme, host and port of the management interface, for REST Assured's {@code baseUri}. */
    public static String base(URL injected) {
        return injected.toString().replaceAll("/q/?$|/$", "");
    }
}
