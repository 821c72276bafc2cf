package vn.greenzone.identity.internal;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two doors: the JSON API takes bearer tokens and keeps no session; the web pages use a session cookie
 * (stored in PostgreSQL) with CSRF protection. Refusals go through {@code /error}, which answers in
 * the user's language.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Files that are the same for everyone: served without a session or a roles lookup. */
    static final String[] STATIC_ASSETS = {"/css/**", "/js/**", "/webjars/**", "/favicon.ico"};

    static final String[] PUBLIC_PAGES = {"/", "/login", "/login/**", "/c/**", "/units/**", "/risky-venues", "/error",
            "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html",
            // signed export files, fetched by phones (and CDNs) with no sign-in
            "/exposure/exports/**",
            // the page an upload code's SMS link opens on the case's phone
            "/exposure/share",
            // the daily report a person in quarantine opens from the texted link, without signing in
            "/q/**",
            // the 1022 hotline's public side: the landing, the citizen's report form and the tracking page
            "/hotline", "/hotline/report", "/hotline/track",
            // the stop link of campaign messages
            "/sms/stop/**"};

    /** Where phones verify upload codes and upload keys, never signed in. */
    /**
     * The self check-in, the busiest signed-in request, reads its caller from the node's cache: it needs no
     * role, only who the caller is, and a revoked token reaches the cache within a second. Every other
     * request reads the caller's grants fresh, so a role granted a moment ago works at once.
     */
    private static final PathPatternRequestMatcher CACHED_CALLER = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/api/v1/checkins");

    static final String[] PHONE_ROUTES = {"/api/v1/exposure/verify", "/api/v1/exposure/certificate", "/api/v1/exposure-keys"};

    /**
     * No Micrometer observation around each security filter: they cost a fifth of the CPU of a check-in
     * (profiled) and tell an operator nothing the per-request HTTP metrics do not.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(0)
    SecurityFilterChain staticAssets(HttpSecurity http) throws Exception {
        return http.securityMatcher(STATIC_ASSETS)
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    /**
     * The phones' routes read no sign-in at all: a token sent along cannot tie an upload of keys to a person,
     * and each request passes only the filters it needs (uploads are the busiest public write).
     */
    @Bean
    @Order(1)
    SecurityFilterChain phones(HttpSecurity http) throws Exception {
        return http.securityMatcher(PHONE_ROUTES)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .servletApi(servletApi -> servletApi.disable())
                .anonymous(anonymous -> anonymous.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, PersonAuthentications authentications) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                // API clients sign out with DELETE /api/v1/auth/token; the form logout filter only cost a match per request
                .logout(logout -> logout.disable())
                // controllers read the caller from the security context, never from a wrapped request
                .servletApi(servletApi -> servletApi.disable())
                .addFilterBefore(new BearerTokenFilter(authentications, CACHED_CALLER), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // signing in needs no token; signing out (DELETE) does
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/code", "/api/v1/auth/token").permitAll()
                        // reader devices present their own API key, checked by the venue module
                        .requestMatchers(HttpMethod.POST, "/api/v1/devices/scans").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/keys/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/risky-venues").permitAll()
                        // a daily report carries the texted link's token instead of a sign-in (or a bearer token)
                        .requestMatchers(HttpMethod.POST, "/api/v1/quarantines/*/reports").permitAll()
                        // the hotline's citizens: a report, a look-up by tracking code, the categories for the form
                        .requestMatchers(HttpMethod.POST, "/api/v1/hotline/reports", "/api/v1/hotline/track").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/hotline/categories").permitAll()
                        // the SMS gateway's replies and receipts carry its shared token, checked by outreach
                        .requestMatchers(HttpMethod.POST, "/api/v1/sms/inbound").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> response.sendError(HttpStatus.UNAUTHORIZED.value()))
                        .accessDeniedHandler((request, response, e) -> response.sendError(HttpStatus.FORBIDDEN.value())))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, PersonAuthentications authentications) throws Exception {
        return http
                .addFilterAfter(new SessionAuthoritiesFilter(authentications), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/"))
                .build();
    }
}
