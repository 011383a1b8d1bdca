package org.zhifa.disclosure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits on what anyone can do without logging in: a request number's query code may be guessed wrong only a few
 * times before that number is locked for a while (a six-digit code would otherwise fall to a script), and one client
 * may file only so many requests an hour. Kept in memory: a cluster of servers multiplies the limits by its size.
 */
@Component
public class PublicRequestLimits {

    private final int wrongCodes;
    private final Duration lock;
    private final int submissionsPerHour;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> submissions = new ConcurrentHashMap<>();

    PublicRequestLimits(@Value("${zhifa.portal.wrong-query-codes:5}") int wrongCodes,
            @Value("${zhifa.portal.query-code-lock:PT15M}") Duration lock,
            @Value("${zhifa.portal.submissions-per-hour:20}") int submissionsPerHour) {
        this.wrongCodes = wrongCodes;
        this.lock = lock;
        this.submissionsPerHour = submissionsPerHour;
    }

    /**
     * Refuses a lookup of a request number locked by wrong codes.
     *
     * @throws DisclosureException 429 while the number is locked
     */
    public void checkLookup(String kind, long reference) {
        if (recent(failures, kind + reference, lock) >= wrongCodes) {
            throw new DisclosureException(429, "查询码错误次数过多，申请编号 " + reference + " 暂停查询 "
                    + lock.toMinutes() + " 分钟");
        }
    }

    /** Counts a wrong code for the request number. */
    public void wrongCode(String kind, long reference) {
        add(failures, kind + reference);
    }

    /**
     * Counts a request filed by a client, refusing it past the hourly limit.
     *
     * @throws DisclosureException 429 past the limit
     */
    public void submission(String client) {
        if (recent(submissions, client, Duration.ofHours(1)) >= submissionsPerHour) {
            throw new DisclosureException(429, "提交过于频繁：每小时最多提交 " + submissionsPerHour + " 件申请，请稍后再试");
        }
        add(submissions, client);
    }

    private static long recent(Map<String, Deque<Instant>> log, String key, Duration window) {
        Deque<Instant> times = log.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = Instant.now().minus(window);
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.pollFirst();
            }
            if (times.isEmpty()) {
                log.remove(key, times);
            }
            return times.size();
        }
    }

    private void add(Map<String, Deque<Instant>> log, String key) {
        if (log.size() > 10_000) {
            log.keySet().forEach(k -> recent(log, k, Duration.ofHours(1).plus(lock)));
        }
        Deque<Instant> times = log.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(Instant.now());
        }
    }
}
