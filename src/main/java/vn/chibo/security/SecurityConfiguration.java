package vn.chibo.security;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountRepository accounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/webjars/**", "/assets/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureHandler(failedSignIn())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .requestCache(cache -> cache.requestCache(pageAskedFor()))
                .addFilterBefore(new AccountStandingFilter(accounts), AuthorizationFilter.class);
        return http.build();
    }

    // A session begins at sign-in: nothing an anonymous request does keeps one on the server.

    /**
     * The CSRF token kept in a cookie of its own (HttpOnly, SameSite=Lax; the forms carry it masked,
     * as before) instead of in the session: the login form then needs no session, so a visit of the
     * login page no longer leaves one behind for an hour. Each took about 650 bytes of heap: the
     * province benchmark's runs of the login page (some hundreds of thousands of visits) kept 300 MB
     * of sessions, filling the old generation, and full collections then stalled the pages after it
     * for a second at a time.
     */
    private static CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

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
