package cn.gongkai.console;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow salted password hashes with the JDK's PBKDF2-HMAC-SHA256 (no extra library). The
 * iteration count follows OWASP's 2023 advice (210,000 for SHA-512 is the floor we keep for
 * SHA-256 too) and is stored in the hash, so raising it later does not lock anyone out.
 */
final class Passwords {
    static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How many slow derivations ran: an unknown name must cost one, like a wrong password. */
    private static final java.util.concurrent.atomic.LongAdder DERIVED = new java.util.concurrent.atomic.LongAdder();

    private Passwords() {}

    /** {@code pbkdf2-sha256$ITERATIONS$salt$hash}, both in Base64. */
    static String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(password, salt, ITERATIONS));
    }

    static boolean matches(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[1])));
    }

    /** Costs as much as a real check, so an unknown name takes as long as a wrong password. */
    static void waste(char[] password) {
        derive(password, new byte[16], ITERATIONS);
    }

    static long derivations() {
        return DERIVED.sum();
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        DERIVED.increment();
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String b64(byte[] b) {
        return Base64.getEncoder().withoutPadding().encodeToString(b);
    }
}
