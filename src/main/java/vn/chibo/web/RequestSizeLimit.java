package vn.chibo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body larger than {@code chibo.web.max-request-size} (2 MB by default; a registry upload
 * to {@code /organizations/{id}/import}: {@code chibo.import.max-size}, 20 MB, and room for the form
 * around it) is answered 413 with a page in the user's language, before anything reads it. Without this, Tomcat dropped the
 * form's fields silently and the user saw a refusal that said nothing about the size.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

    /** The page that says so; it reads nothing of the request and changes nothing. */
    static final String PAGE = "/request-too-large";

    private static final java.util.regex.Pattern IMPORT = java.util.regex.Pattern.compile("/organizations/\\d+/import");
    private static final long FORM_AROUND_FILE = 64 * 1024;

    private final long limit;
    private final long importLimit;

    RequestSizeLimit(@Value("${chibo.web.max-request-size:2MB}") DataSize limit,
                     @Value("${chibo.import.max-size:20MB}") DataSize importLimit) {
        this.limit = limit.toBytes();
        this.importLimit = importLimit.toBytes() + FORM_AROUND_FILE;
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return IMPORT.matcher(path).matches() ? importLimit : limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limitFor(request)) {
            // The page is shown without the body ever being parsed: Tomcat refuses to parse a form that
            // large, and answers with its own page when anything asks for a parameter.
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            HttpServletRequest bodiless = new HttpServletRequestWrapper(request) {
                @Override
                public String getParameter(String name) {
                    return null;
                }

                @Override
                public Map<String, String[]> getParameterMap() {
                    return Map.of();
                }

                @Override
                public Enumeration<String> getParameterNames() {
                    return Collections.emptyEnumeration();
                }

                @Override
                public String[] getParameterValues(String name) {
                    return null;
                }
            };
            request.getRequestDispatcher(PAGE).forward(bodiless, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
