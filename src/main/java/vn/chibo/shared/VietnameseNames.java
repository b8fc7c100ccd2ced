package vn.chibo.shared;

import java.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Vietnamese lists of people are sorted by given name (the last word), then by the rest.
 * {@link #sortKey} turns a full name into a string whose byte order (PostgreSQL collation "C")
 * is that order, so the database can sort and page by it.
 */
public final class VietnameseNames {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private VietnameseNames() {
    }

    public static String givenName(String fullName) {
        String trimmed = fullName.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }

    public static String sortKey(String fullName) {
        String trimmed = fullName.strip().replaceAll("\\s+", " ");
        int space = trimmed.lastIndexOf(' ');
        String given = space < 0 ? trimmed : trimmed.substring(space + 1);
        String rest = space < 0 ? "" : trimmed.substring(0, space);
        // The separator ' ' sorts before every hex digit, so a shorter given name comes first.
        return key(given) + " " + key(rest);
    }

    /** A key whose byte order is Vietnamese alphabetical order of the whole text. */
    public static String collationKey(String text) {
        return key(text.strip().replaceAll("\\s+", " "));
    }

    private static String key(String text) {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        byte[] bytes = collator.getCollationKey(text).toByteArray();
        return HexFormat.of().formatHex(bytes);
    }
}
