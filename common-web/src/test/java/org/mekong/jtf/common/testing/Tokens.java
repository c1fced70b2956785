package org.mekong.jtf.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Mints tokens for tests with the development key, and the broken ones the services must refuse. */
public final class Tokens {

    public static final String ISSUER = "https://dev.mekong-jtf.local/issuer";
    public static final String AUDIENCE = "mekong-jtf";
    private static final PrivateKey DEV_KEY = load(Path.of("../dev/keys/jwt-private.pem"));

    private Tokens() {
    }

    public static String officer(String officerId, String agency, String country, String... roles) {
        return sign(claims(officerId, agency, country, roles));
    }

    /** A valid officer token (VN-C04 investigator) changed by the test, then signed with the development key. */
    public static String with(UnaryOperator<JwtClaimsBuilder> change) {
        return sign(change.apply(claims("officer-vn-17", "VN-C04", "VN", "investigator")));
    }

    public static String expired(String agency, String country, String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return sign(claims("expired-officer", agency, country, roles).issuedAt(now - 7200).expiresAt(now - 3600));
    }

    public static String wrongIssuer(String agency, String country, String... roles) {
        return sign(claims("officer", agency, country, roles).issuer("https://someone-else.example/issuer"));
    }

    public static String wrongAudience(String agency, String country, String... roles) {
        return sign(claims("officer", agency, country, roles).audience("another-system"));
    }

    public static String withoutAgency(String country, String... roles) {
        return sign(Jwt.issuer(ISSUER).audience(AUDIENCE).subject("officer").groups(Set.of(roles)).claim("country", country));
    }

    /** Signed by a key nobody configured: what a forger would send. */
    public static String foreignKey(String agency, String country, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims("officer", agency, country, roles).sign(generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid token whose payload was edited afterwards (another agency), signature left as it was. */
    public static String tampered(String agency, String country, String otherAgency, String... roles) {
        String token = officer("officer", agency, country, roles);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
        String forged = payload.replace("\"" + agency + "\"", "\"" + otherAgency + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes()) + "." + parts[2];
    }

    private static JwtClaimsBuilder claims(String officerId, String agency, String country, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(officerId).groups(Set.of(roles))
                .claim("agency", agency).claim("country", country).expiresIn(3600);
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.sign(DEV_KEY);
    }

    private static PrivateKey load(Path pem) {
        try {
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException("development private key not readable at " + pem.toAbsolutePath(), e);
        }
    }
}
