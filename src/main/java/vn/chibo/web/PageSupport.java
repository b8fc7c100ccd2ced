package vn.chibo.web;

import jakarta.servlet.http.HttpServletRequest;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import java.time.format.DateTimeFormatter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.chibo.security.ChiboUser;

/**
 * What the layout needs on every page, error pages included (where controller advice does not
 * reach): the logged-in user, links that switch the language, and month labels.
 * Templates call it as {@code ${@page.…}}.
 */
@Component("page")
public class PageSupport {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    public ChiboUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ChiboUser user ? user : null;
    }

    /** The current address with {@code lang} set, so switching language keeps the page. */
    public String languageUrl(String language) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "?lang=" + language;
        }
        HttpServletRequest request = attributes.getRequest();
        if (request.getAttribute("jakarta.servlet.error.request_uri") != null) {
            return "?lang=" + language;
        }
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", language)
                .replaceQueryParam("continue").build().toUriString();
    }

    /** The address people open Chibo at, as this request reached it: printed on account slips. */
    public String appAddress() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUriString();
    }

    /** {@code 11/2026}: months are written MM/yyyy. */
    public String month(YearMonth period) {
        return period == null ? "" : MONTH.format(period);
    }

    /** {@code 09/2026, 10/2026}. */
    public String months(Collection<YearMonth> periods) {
        return periods.stream().map(this::month).collect(Collectors.joining(", "));
    }

    /** {@code 150.000 đ}: amounts of money in đồng, grouped as Vietnamese writes them. */
    public String money(Long amount) {
        return amount == null ? "" : NumberFormat.getIntegerInstance(VIETNAMESE).format(amount) + " đ";
    }
}
