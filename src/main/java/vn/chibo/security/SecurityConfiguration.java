package vn.chibo.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRepository accounts,
                                            AccountUserDetailsService people, LoginProperties properties,
                                            Clock clock) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/assets/**", "/favicon.ico", "/error",
                                "/request-too-large")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasAuthority(Role.ADMIN.authority())
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureHandler(failedSignIn())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION", "JSESSIONID"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                // The too-large page reads nothing of the request (whose fields were never parsed).
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionBoundCsrfTokens())
                        .ignoringRequestMatchers("/request-too-large"))
                .requestCache(cache -> cache.requestCache(pageAskedFor()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .addFilterBefore(new AccountStandingFilter(accounts, people, properties.sessionLifetime(), clock),
                        AuthorizationFilter.class)
                .addFilterAfter(new RequestLog(), SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * The management port (management.server.port, when set) serves only the actuator's endpoints
     * and is reached by the operator's network alone: the scraper and the load balancer read it
     * without signing in. On the public port the metrics are for administrators only.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementPortFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(SecurityConfiguration::onManagementPort)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    private static boolean onManagementPort(HttpServletRequest request) {
        WebApplicationContext context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        return context != null && WebServerApplicationContext.hasServerNamespace(context, "management");
    }

    /**
     * Scripts only from the app's own files (no inline script or handler anywhere); styles from its
     * own files, and inline ones for the charts' tooltips; images from itself and data: URLs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** No page needs the camera, the microphone, the location, payments or USB. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    // A session begins at sign-in: nothing an anonymous request does keeps one on the server
    // (SessionBoundCsrfTokens keeps the login form's token in a cookie; a session per visit of the
    // login page once filled the heap with 300 MB of them under the province benchmark).

    /** A failed sign-in goes back to the form with its (generic) message, without opening a session. */
    private static AuthenticationFailureHandler failedSignIn() {
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        failure.setAllowSessionCreation(false);
        return failure;
    }

    /** The page asked for before signing in, kept for after it in a cookie rather than in a session. */
    private static CookieRequestCache pageAskedFor() {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return cache;
    }

    /** bcrypt by default, and it still reads any older {id}-prefixed hash. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
