package org.zhifa.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.TooManyRequests;

/**
 * Limits on what anyone can do without logging in. A request number's query code may be tried only a few times by
 * one client (and a few dozen times by all clients together) before lookups of that number pause for a while — a
 * six-digit code would otherwise fall to a script, and one stranger cannot lock a requester out for long. One client
 * may file only so many requests an hour. Every check counts the attempt in the same step, so parallel requests
 * cannot slip past. Kept in memory: a cluster of servers multiplies the limits by its size. Measured in elapsed
 * wall-clock time, not the engine's business clock, which a test or a simulation may move: moving it must never
 * lift a pause.
 */
@Component
public class PublicRequestLimits {

    private final int tries;
    private final Duration lock;
    private final int submissionsPerHour;
    private final Map<String, Deque<Instant>> attempts = new HashMap<>();
    private final Map<String, Deque<Instant>> submissions = new HashMap<>();

    PublicRequestLimits(@Value("${zhifa.portal.wrong-query-codes:5}") int tries,
            @Value("${zhifa.portal.query-code-lock:PT15M}") Duration lock,
            @Value("${zhifa.portal.submissions-per-hour:20}") int submissionsPerHour) {
        this.tries = tries;
        this.lock = lock;
        this.submissionsPerHour = submissionsPerHour;
    }

    /**
     * Counts a lookup of a request number by a client, refusing it while the number is paused.
     *
     * @throws Refusal too many requests after too many unsuccessful tries of the number, by this client or by all
     */
    public void lookup(String kind, long reference, String client) {
        lookup(kind, String.valueOf(reference), client);
    }

    /** See {@link #lookup(String, long, String)}, for numbers that are not numeric (application numbers). */
    public synchronized void lookup(String kind, String reference, String client) {
        String number = kind + "#" + reference;
        if (recent(attempts, number + "@" + client, lock) >= tries || recent(attempts, number, lock) >= tries * 10L) {
            throw new TooManyRequests("查询码错误次数过多，申请编号 " + reference + " 暂停查询 "
                    + lock.toMinutes() + " 分钟");
        }
        add(attempts, number + "@" + client);
        add(attempts, number);
    }

    /** The right code was given: the client's tries of that number no longer count. */
    public synchronized void found(String kind, long reference, String client) {
        found(kind, String.valueOf(reference), client);
    }

    public synchronized void found(String kind, String reference, String client) {
        attempts.remove(kind + "#" + reference + "@" + client);
    }

    /**
     * Counts a request filed by a client, refusing it past the hourly limit.
     *
     * @throws Refusal too many requests past the limit
     */
    public synchronized void submission(String client) {
        if (recent(submissions, client, Duration.ofHours(1)) >= submissionsPerHour) {
            throw new TooManyRequests("提交过于频繁：每小时最多提交 " + submissionsPerHour + " 件申请，请稍后再试");
        }
        add(submissions, client);
    }

    private static long recent(Map<String, Deque<Instant>> log, String key, Duration window) {
        Deque<Instant> times = log.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = Instant.now().minus(window);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.pollFirst();
        }
        if (times.isEmpty()) {
            log.remove(key);
        }
        return times.size();
    }

    private void add(Map<String, Deque<Instant>> log, String key) {
        if (log.size() > 10_000) {
            Duration longest = lock.compareTo(Duration.ofHours(1)) > 0 ? lock : Duration.ofHours(1);
            log.keySet().removeIf(k -> {
                Deque<Instant> times = log.get(k);
                return times.isEmpty() || times.peekLast().isBefore(Instant.now().minus(longest));
            });
        }
        log.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(Instant.now());
    }
}
