package org.zhifa.identity.web;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Someone logged into Tasklist is logged into {@code /api} too: pages the server embeds in Camunda Forms (the evidence
 * upload page) call the API with the webapps' session, without a second login. The user's groups are read from the
 * engine on every request, so a revoked group takes effect at once; logging out of Tasklist ends it. Requests with
 * their own credentials are left to HTTP Basic. Such a login is never kept in {@code /api}'s own session
 * ({@link #repository}), or it would outlive the Tasklist logout.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final String engineName;

    WebappSessionAuthenticationFilter(IdentityService identityService, String engineName) {
        this.identityService = identityService;
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = request.getHeader("Authorization") == null ? webappUser(request.getSession(false)) : null;
        var existing = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || existing != null && existing.isAuthenticated()
                && !"anonymousUser".equals(existing.getPrincipal())) {
            chain.doFilter(request, response);
            return;
        }
        List<SimpleGrantedAuthority> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TasklistAuthentication(user, groups));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A login borrowed from the webapps for one request. */
    static final class TasklistAuthentication extends UsernamePasswordAuthenticationToken {

        private static final long serialVersionUID = 1L;

        TasklistAuthentication(String user, List<SimpleGrantedAuthority> groups) {
            super(user, null, groups);
        }
    }

    /**
     * Where {@code /api} keeps logins: in its session, as Spring Security does, except a login borrowed from
     * the webapps, which is never stored and counts as already stored, so the session management neither saves it nor
     * changes the session id on each request.
     */
    static SecurityContextRepository repository() {
        SecurityContextRepository standard = new HttpSessionSecurityContextRepository();
        return new SecurityContextRepository() {

            @Override
            @Deprecated
            public SecurityContext loadContext(HttpRequestResponseHolder holder) {
                return standard.loadContext(holder);
            }

            @Override
            public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
                return standard.loadDeferredContext(request);
            }

            @Override
            public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
                if (!(context.getAuthentication() instanceof TasklistAuthentication)) {
                    standard.saveContext(context, request, response);
                }
            }

            @Override
            public boolean containsContext(HttpServletRequest request) {
                return SecurityContextHolder.getContext().getAuthentication() instanceof TasklistAuthentication
                        || standard.containsContext(request);
            }
        };
    }

    private String webappUser(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null || !authentications.hasAuthenticationForProcessEngine(engineName)) {
            return null;
        }
        return authentications.getAuthenticationForProcessEngine(engineName).getName();
    }
}
