package org.zhifa.identity.web;

import java.time.Duration;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.zhifa.identity.Roles;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may call what. {@code /api}: HTTP Basic or the session it opens, or the Camunda webapps' login (Tasklist), users
 * and groups of the engine; public portal paths need no login; a request riding on a session needs the CSRF token
 * ({@code GET /api/me} hands it out). {@code /engine-rest}: HTTP Basic checked by the engine itself (what Camunda Modeler uses), so
 * the engine's authorizations apply to every REST call. The webapps under {@code /camunda} keep their own login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] RECORD_OVERSIGHT = { Roles.SUPERVISOR, Roles.ADMIN };

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, EngineUserAuthenticationProvider users, IdentityService identityService,
            ProcessEngine engine, ObjectMapper json) throws Exception {
        http.securityMatcher("/api/**", "/supervision/", "/supervision/figures", "/supervision/reviews/**")
                .authenticationProvider(users)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/public/**").permitAll()
                        // the supervision pages tell a stranger to log in, and decide roles themselves
                        .requestMatchers("/supervision/", "/supervision/figures", "/supervision/reviews/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/applications/*/status").permitAll()
                        .requestMatchers("/api/record/unmapped", "/api/models/**").hasAnyAuthority(RECORD_OVERSIGHT)
                        // decided before the body is read: a body a stranger sends gets 403, not a 400 about its fields
                        .requestMatchers(HttpMethod.PUT, "/api/agencies/**", "/api/officers/**").hasAuthority(Roles.ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/supervision/reviews").hasAnyAuthority(RECORD_OVERSIGHT)
                        .requestMatchers("/api/documents/templates", "/api/documents/templates/**").hasAuthority(Roles.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .securityContext(context -> context.securityContextRepository(
                        WebappSessionAuthenticationFilter.repository()))
                // only a request riding on a session cookie can be forged by another site: it needs the CSRF token;
                // one with its own credentials, or with none (it gets 401), does not
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
                        || request.getRequestedSessionId() == null))
                .addFilterBefore(new WebappSessionAuthenticationFilter(identityService, engine.getName()),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operations(HttpSecurity http, EngineUserAuthenticationProvider users, ObjectMapper json)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .authenticationProvider(users)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .anyRequest().hasAnyAuthority(RECORD_OVERSIGHT))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Camunda webapps, /engine-rest, API docs, public portal: authenticated by their own means or public. */
    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .requestCache(Customizer.withDefaults());
        return http.build();
    }

    /** Before every login of every path: Basic on /api, /engine-rest, /actuator, and the webapps' login form. */
    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottle(@Value("${zhifa.login.free-failures:5}") int freeFailures,
            @Value("${zhifa.login.max-delay:PT60S}") Duration maxDelay) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(
                new LoginThrottle(freeFailures, maxDelay));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("login-throttle");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        return registration;
    }
}
