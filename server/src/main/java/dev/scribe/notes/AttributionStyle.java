package dev.scribe.notes;

import java.util.Locale;

/**
 * How a note writes who speaks, so that Scribe writes a new speaker the same way:
 * {@code Name: }, {@code - Name: }, {@code Name - }, {@code Name, } or {@code [name] }.
 *
 * @param form the note's usual form
 * @param bullet the list marker its turns use ("- ", "* "), or "" when they stand alone
 * @param lowerCaseTags tags are written as lower-case first names ({@code [yang]})
 */
public record AttributionStyle(Turn.Form form, String bullet, boolean lowerCaseTags) {

    public static final AttributionStyle DEFAULT = new AttributionStyle(Turn.Form.COLON, "", false);

    /** The text that credits {@code name} at the start of a line, without any bullet. */
    public String prefix(String name) {
        return switch (form) {
            case DASH -> name + " - ";
            case COMMA -> name + ", ";
            case TAG -> "[" + (lowerCaseTags ? firstName(name).toLowerCase(Locale.ROOT) : name) + "] ";
            default -> name + ": ";
        };
    }

    private static String firstName(String name) {
        int sp = name.indexOf(' ');
        return sp < 0 ? name : name.substring(0, sp);
    }
}
