package it.modulistica.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.modulistica.app.audit.AuditLog;
import it.modulistica.app.security.certificate.ClientCertificates;
import it.modulistica.app.security.oidc.IdentityProviders;
import it.modulistica.app.security.token.ApiTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import it.modulistica.app.overload.Saturation;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the REST API under {@code /api/**} (API tokens, HTTP Basic, or the session of a user
 * signed in on the pages with its CSRF token; problem-detail errors) and the pages (form login,
 * session, CSRF). When configured, both accept a client certificate (CNS) and the pages an OpenID
 * Connect provider (SPID, CIE).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Passwords checked against the directory, throttled per account and client address: a pair that
     * failed too often waits, then is blocked for a while; the account itself is never locked.
     */
    @Bean
    AuthenticationProvider authenticationProvider(UserDirectory users, PasswordEncoder passwordEncoder,
            SecuritySettings settings, SignInThrottle throttle, ClientAddresses addresses, SignInAlerts alerts,
            AuditLog audit) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        if (!settings.passwordLoginForCitizens()) {
            provider.setPostAuthenticationChecks(account -> {
                if (!((UserAccount) account).staff()) {
                    throw new PasswordLoginNotForCitizens(account.getUsername());
                }
            });
        }
        return new ThrottledSignIn(provider, throttle, addresses, alerts, audit);
    }

    /**
     * Spring Security's publisher maps exceptions to failure events by exact class, so the
     * application's own refusals are mapped here: the audit log sees them.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(SignInThrottled.class, AuthenticationFailureBadCredentialsEvent.class,
                PasswordLoginNotForCitizens.class, PasswordLoginRefusedEvent.class,
                CredentialRefused.class, CredentialRefusedEvent.class,
                OAuth2AuthenticationException.class, CredentialRefusedEvent.class));
        return events;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper objectMapper, MessageSource messages,
            LocaleResolver localeResolver, ClientCertificates certificates, AuthenticationEventPublisher events,
            ApiTokens tokens) throws Exception {
        var problems = new ApiAuthenticationProblems(objectMapper, messages, localeResolver);
        // A certificate authenticates each API request on its own, like HTTP Basic: no session.
        certificates.applyTo(http, events, new RequestAttributeSecurityContextRepository());
        return http
                .securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/openapi", "/api/openapi/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/notices").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/categories", "/api/categories/*").permitAll()
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/backoffice/**").hasRole(Role.OPERATOR.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(tokens.filter(events, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // The session of a signed-in page user is read (never created here); requests that
                // rely on it must carry the CSRF token, while HTTP Basic and Bearer requests, which a
                // browser cannot send cross-site on its own, need none.
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::writeWithoutBasicCredentials))
                .requestCache(cache -> cache.disable())
                .headers(SecurityHeaders::apply)
                .build();
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private static boolean writeWithoutBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return !SAFE_METHODS.contains(request.getMethod())
                && (authorization == null || !(authorization.regionMatches(true, 0, "Basic ", 0, 6)
                        || authorization.regionMatches(true, 0, "Bearer ", 0, 7)));
    }

    private static final AuthenticationFailureHandler SIGN_IN_REFUSED = new SimpleUrlAuthenticationFailureHandler("/login?error");

    /** A password that could not be checked for want of a database connection is not a wrong password: 503. */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (Saturation.causedBy(exception)) {
            throw new Saturation.Saturated(exception);
        }
        SIGN_IN_REFUSED.onAuthenticationFailure(request, response, exception);
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, ClientCertificates certificates,
            IdentityProviders identityProviders, AuthenticationEventPublisher events) throws Exception {
        certificates.applyTo(http, events, new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
        identityProviders.applyTo(http);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error", "/favicon.ico",
                                "/api-docs", "/swagger-ui/**", "/webjars/**", "/css/**", "/js/**", "/fonts/**").permitAll()
                        // The public service pages and their feeds (issue 20): read-only, for anyone.
                        .requestMatchers(HttpMethod.GET, "/servizi", "/servizi/**").permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(Role.ADMIN.name())
                        // Any endpoint besides health an operator exposes (metrics, say) is for administrators.
                        .requestMatchers("/actuator", "/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/backoffice", "/backoffice/**").hasRole(Role.OPERATOR.name())
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").failureHandler(SecurityConfiguration::signInFailed).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(OversizedUploads::requireCsrfToken))
                .headers(SecurityHeaders::apply)
                .build();
    }
}
