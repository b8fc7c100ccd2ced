package vn.chibo.annual;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.unbescape.html.HtmlEscape;
import vn.chibo.rating.RatingLevel;

/**
 * The two pieces of the annual report repeated on every member's row, written once here instead
 * of element by element in the template: the twelve month cells and the level choices of the
 * decision form. Each is made only of the levels' fixed abbreviations and names (nothing a user
 * typed), escaped all the same. On a page of fifty members they were two thirds of the template's
 * elements (600 cells and 200 options, each with two or three expressions).
 */
final class AnnualMarkup {

    private static final String NO_LEVEL = "<td class=\"text-center small text-secondary\">–</td>";
    private static final Map<RatingLevel, String> CELLS = new EnumMap<>(RatingLevel.class);
    private static final Map<RatingLevel, String> OPTIONS = new EnumMap<>(RatingLevel.class);
    private static final String OPTIONS_NONE_SELECTED;

    static {
        for (RatingLevel level : RatingLevel.values()) {
            CELLS.put(level, "<td class=\"text-center small " + escape(level.cssClass()) + "\">"
                    + escape(level.shortName()) + "</td>");
        }
        for (RatingLevel selected : RatingLevel.values()) {
            OPTIONS.put(selected, options(selected));
        }
        OPTIONS_NONE_SELECTED = options(null);
    }

    private AnnualMarkup() {
    }

    /** A {@code <td>} a month, January first: the level's abbreviation and colour, or a dash. */
    static String monthCells(List<RatingLevel> months) {
        StringBuilder cells = new StringBuilder(months.size() * 56);
        for (RatingLevel level : months) {
            cells.append(level == null ? NO_LEVEL : CELLS.get(level));
        }
        return cells.toString();
    }

    /** An {@code <option>} a level, best first, the given one selected (none when null). */
    static String levelOptions(RatingLevel selected) {
        return selected == null ? OPTIONS_NONE_SELECTED : OPTIONS.get(selected);
    }

    private static String escape(String text) {
        return HtmlEscape.escapeHtml4Xml(text);
    }

    private static String options(RatingLevel selected) {
        StringBuilder options = new StringBuilder();
        for (RatingLevel level : RatingLevel.values()) {
            options.append("<option value=\"").append(level.name()).append('"')
                    .append(level == selected ? " selected=\"selected\"" : "").append('>')
                    .append(escape(level.shortName())).append("</option>");
        }
        return options.toString();
    }
}
