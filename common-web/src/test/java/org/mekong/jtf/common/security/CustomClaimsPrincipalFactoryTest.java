package org.mekong.jtf.common.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CustomClaimsPrincipalFactoryTest {

    private static JWTAuthContextInfo context() throws Exception {
        PublicKey key = KeyUtils.decodePublicKey(Files.readString(Path.of("../dev/keys/jwt-public.pem")));
        JWTAuthContextInfo info = new JWTAuthContextInfo(key, Tokens.ISSUER);
        info.setExpectedAudience(Set.of(Tokens.AUDIENCE));
        return info;
    }

    @Test
    void readsEveryClaimAsSmallryesOwnPrincipalDoes() throws Exception {
        String token = Tokens.officer("officer-th-3", "TH-ONCB", "TH", "analyst", "liaison");
        JWTCallerPrincipal ours = new CustomClaimsPrincipalFactory().parse(token, context());
        JWTCallerPrincipal theirs = new DefaultJWTCallerPrincipalFactory().parse(token, context());
        assertTrue(ours instanceof CustomClaimsPrincipalFactory.Principal);
        for (String claim : theirs.getClaimNames()) {
            assertEquals(String.valueOf(theirs.<Object>getClaim(claim)), String.valueOf(ours.<Object>getClaim(claim)), claim);
        }
        assertEquals("TH-ONCB", String.valueOf(ours.<Object>getClaim("agency")));
        assertEquals(Set.of("analyst", "liaison"), ours.getGroups());
        assertEquals(theirs.getExpirationTime(), ours.getExpirationTime());
        assertTrue(ours.<Object>getClaim("exp") instanceof Long, "exp stays a number of seconds");
        assertNull(ours.getClaim("nickname"));
    }

    @Test
    void verifiesAsStrictlyAsTheDefault() throws Exception {
        CustomClaimsPrincipalFactory factory = new CustomClaimsPrincipalFactory();
        JWTAuthContextInfo context = context();
        for (String bad : new String[] {Tokens.expired("VN-C04", "VN", "investigator"),
                Tokens.wrongIssuer("VN-C04", "VN", "investigator"), Tokens.wrongAudience("VN-C04", "VN", "investigator"),
                Tokens.foreignKey("VN-C04", "VN", "investigator"), "not.a.token"}) {
            assertThrows(ParseException.class, () -> factory.parse(bad, context), bad);
        }
    }
}
