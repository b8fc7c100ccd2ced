package vn.chibo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Control characters (NUL and the other C0 codes but tab, line feed and carriage return, and DEL)
 * cannot be typed into a form, and PostgreSQL refuses NUL in text. They are taken out of every
 * request parameter before anything reads it, so no form can store or choke on them and the rest
 * of what was sent is kept as it was.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ControlCharacters extends OncePerRequestFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    static String clean(String value) {
        return value == null ? null : CONTROL.matcher(value).replaceAll("");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Cleaned(request), response);
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) ->
                        cleaned.put(clean(name), Arrays.stream(values).map(ControlCharacters::clean).toArray(String[]::new)));
                parameters = Map.copyOf(cleaned);
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
