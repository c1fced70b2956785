package org.mekong.jtf.gateway;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Mints tokens with the development key pair (or a foreign key) for the tests. */
final class TestTokens {

    static final String ISSUER = "https://dev.mekong-jtf.local/issuer";
    static final String AUDIENCE = "mekong-jtf";

    private TestTokens() {
    }

    static String valid() {
        return sign(claims(), devKey());
    }

    static String validFor(String subject) {
        return sign(claims().subject(subject), devKey());
    }

    static String with(UnaryOperator<JwtClaimsBuilder> change) {
        return sign(change.apply(claims()), devKey());
    }

    static String signedByForeignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims(), generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JwtClaimsBuilder claims() {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("officer-vn-17")
                .claim("agency", "VN-C04")
                .claim("country", "VN")
                .groups(Set.of("investigator"))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(300));
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(key);
    }

    static PrivateKey devKey() {
        try {
            String pem = Files.readString(Path.of("../dev/keys/jwt-private.pem"))
                    .replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read ../dev/keys/jwt-private.pem", e);
        }
    }
}
