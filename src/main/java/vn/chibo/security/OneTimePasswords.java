package vn.chibo.security;

import java.security.SecureRandom;

/**
 * One-time passwords handed to a person on a slip of paper: twelve characters from an alphabet
 * without the look-alikes (0 and O, 1, l and I), about 70 bits, to be changed at the first sign-in.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
