package org.zhifa.identity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Failed logins slow down the client address that makes them, never the account: after a few wrong passwords from
 * one address within 15 minutes, its next logins wait a while — doubling, up to a bound — and are answered 429 until
 * then, whatever account they try. The engine locks no account (its own lockout is off), so a stranger cannot lock out a user, and
 * the user logging in from another address is neither refused nor slowed. Logins are HTTP Basic on any path and the
 * webapps' login form. Kept in memory, bounded; a cluster counts per node. Measured in elapsed wall-clock time, not
 * the engine's business clock, which a test or a simulation may move: moving it must never lift a delay.
 */
final class LoginThrottle extends OncePerRequestFilter {

    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";

    private final int freeFailures;
    private final Duration maxDelay;
    private final Map<String, Failures> byAddress = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > 10_000;
        }
    };

    /** Failures of an address within the window; a success does not wipe them (it would let a valid account reset). */
    private static final class Failures {
        final java.util.ArrayDeque<Instant> times = new java.util.ArrayDeque<>();
        Instant until = Instant.EPOCH;
        /** Logins of the address still being checked: a burst in parallel counts before its answers are in. */
        int pending;
    }

    private static final Duration WINDOW = Duration.ofMinutes(15);

    LoginThrottle(int freeFailures, Duration maxDelay) {
        this.freeFailures = freeFailures;
        this.maxDelay = maxDelay;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isLogin(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Duration wait = begin(address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getOutputStream().write(("{\"title\":\"登录尝试过于频繁\",\"status\":429,\"detail\":\"本地址的登录密码错误次数过多，请 "
                    + seconds + " 秒后再试（账户本身未被锁定）\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
        } finally {
            end(address, failed);
        }
    }

    private static boolean isLogin(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6))
                || ("POST".equals(request.getMethod()) && request.getRequestURI().startsWith(WEBAPP_LOGIN)
                        && request.getRequestURI().contains("/login/"));
    }

    /**
     * How long the address must wait; zero, and the login counted as pending, if it may go on. An address with recent
     * failures may have only as many logins in flight as it has failures left (one at least), so a burst in parallel
     * cannot outrun the count; an address without failures (a docking station uploading in parallel) is not limited.
     */
    private synchronized Duration begin(String address) {
        Failures failures = byAddress.computeIfAbsent(address, a -> new Failures());
        Duration left = Duration.between(Instant.now(), failures.until);
        if (left.isNegative() || left.isZero()) {
            int inFlight = failures.times.isEmpty() ? Integer.MAX_VALUE : Math.max(1, freeFailures - failures.times.size());
            if (failures.pending < inFlight) {
                failures.pending++;
                return Duration.ZERO;
            }
            return Duration.ofSeconds(1);
        }
        return left;
    }

    private synchronized void end(String address, boolean failed) {
        Failures failures = byAddress.computeIfAbsent(address, a -> new Failures());
        failures.pending = Math.max(0, failures.pending - 1);
        if (!failed) {
            return;
        }
        Instant now = Instant.now();
        while (!failures.times.isEmpty() && failures.times.peekFirst().isBefore(now.minus(WINDOW))) {
            failures.times.pollFirst();
        }
        failures.times.addLast(now);
        int over = failures.times.size() - freeFailures;
        if (over > 0) {
            long seconds = Math.min(maxDelay.toSeconds(), 1L << Math.min(over - 1, 20));
            failures.until = now.plusSeconds(seconds);
        }
    }
}
