package org.zhifa.documents;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes of documents: 12 random characters of 31 without look-alikes (no 0/O, 1/I/L), 59 bits,
 * so that codes cannot be guessed or enumerated; printed in groups of four, read back in any case and spacing.
 */
final class VerificationCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 12;

    private VerificationCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    static String printed(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** @return the code as stored, or null if {@code typed} cannot be one */
    static String normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String code = typed.replaceAll("[\\s\\-－—]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }
}
