package org.zhifa.disclosure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.Refusal;

/**
 * What the public may see of enforcement results (PM9, PM13): published results only, as redacted when published;
 * nothing drafted, withheld or unredacted is reachable through this type. Read by the portal and the open API.
 */
@Service
public class PublishedResults {

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
    public static final int MAX_PAGE_SIZE = 100;
    /** The last page anyone may ask for (from 0): deeper offsets are for the CSV export, not for paging. */
    public static final int MAX_PAGE = 10_000;
    /** A document number: 〔year〕 or [year], or ending in 号. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[〔\\[［].*[〕\\]］]|号$");
    private static final long COUNT_TTL_NANOS = 5_000_000_000L;
    private volatile long[] cachedCount;
    private static final long CACHE_TTL_NANOS = 5_000_000_000L;
    private static final int CACHE_ENTRIES = 2_000;

    private record Key(Criteria criteria, int page, int size) {
    }

    private record Cached(Page page, long at) {
    }

    private final Map<Key, Cached> cache = new ConcurrentHashMap<>();
    /** How many match a search, shared by all its pages (the next pages of a search are asked for in turn). */
    private final Map<Criteria, long[]> counts = new ConcurrentHashMap<>();

    /** One published result. {@code fullText} is null for a summary publication. */
    public record Result(long id, String agencyCode, String agencyName, String caseKind, String decisionNumber,
            LocalDate decisionDate, String caseName, String partyShown, String form, String facts, String legalBasis,
            String decision, String fullText, Instant publishedAt, Instant changedAt) {
    }

    /**
     * What the public searches by; every part optional.
     *
     * @param text a document number (exactly), or the start of a party's name (a surname finds 张某) or of the case
     *             name
     */
    public record Criteria(String text, String agencyCode, String caseKind, LocalDate from, LocalDate to) {
    }

    /** A page of results, newest decisions first, and how many match in all. */
    public record Page(List<Result> results, long total, int page, int size) {
    }

    private final JdbcTemplate jdbc;
    private final RowMapper<Result> row = (rs, n) -> {
        Timestamp published = rs.getTimestamp("published_at", UTC);
        Timestamp changed = rs.getTimestamp("changed_at", UTC);
        return new Result(rs.getLong("publication_id"), rs.getString("agency_code"), rs.getString("agency_name"),
                rs.getString("case_kind"), rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(),
                rs.getString("case_name"), rs.getString("party_shown"), rs.getString("form"), rs.getString("facts"),
                rs.getString("legal_basis"), rs.getString("decision"),
                "full".equals(rs.getString("form")) ? rs.getString("full_text") : null, published.toInstant(),
                changed.toInstant());
    };

    PublishedResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The most recently published or changed results, newest first, for feeds (PM13). */
    public List<Result> latest(int limit) {
        return jdbc.query("select * from published_results order by changed_at desc, publication_id desc limit ?", row,
                Math.max(1, Math.min(limit, MAX_PAGE_SIZE)));
    }

    public Optional<Result> find(long id) {
        return jdbc.query("select * from published_results where publication_id = ?", row, id).stream().findFirst();
    }

    /**
     * A page of results. The same search within a few seconds is answered from memory: the portal's popular pages
     * (the first page, a surname, a kind) are asked for far more often than results are published, and a new
     * publication shows at the latest {@link #CACHE_TTL_NANOS} later (and at once on this server).
     *
     * @param page from 0 to {@link #MAX_PAGE}; {@code size} from 1 to {@link #MAX_PAGE_SIZE}
     * @throws Refusal invalid naming the parameter that is out of range
     */
    public Page search(Criteria criteria, int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInput("page（页码）应在 0 到 " + MAX_PAGE + " 之间，收到 " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size（每页条数）应在 1 到 " + MAX_PAGE_SIZE + " 之间，收到 " + size);
        }
        Key key = new Key(criteria, page, size);
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && now - cached.at() < CACHE_TTL_NANOS) {
            return cached.page();
        }
        Page found = query(criteria, page, size);
        if (cache.size() >= CACHE_ENTRIES) {
            cache.clear();
        }
        cache.put(key, new Cached(found, now));
        return found;
    }

    /** Forgets cached searches: called when a result is published or changed. */
    void changed() {
        cache.clear();
        counts.clear();
        cachedCount = null;
    }

    private Page query(Criteria criteria, int page, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int offset = Math.max(0, page) * limit;
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (criteria.text() != null && !criteria.text().isBlank()) {
            String text = criteria.text().strip();
            if (DOCUMENT_NUMBER.matcher(text).find()) {
                where.append(" and decision_number = ?");
                args.add(text);
            } else {
                // '!' escapes: a backslash means different things to MySQL and H2
                String prefix = text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
                where.append(" and (party_shown like ? escape '!' or case_name like ? escape '!')");
                args.add(prefix);
                args.add(prefix);
            }
        }
        if (criteria.agencyCode() != null && !criteria.agencyCode().isBlank()) {
            where.append(" and agency_code = ?");
            args.add(criteria.agencyCode().strip());
        }
        if (criteria.caseKind() != null && !criteria.caseKind().isBlank()) {
            where.append(" and case_kind = ?");
            args.add(criteria.caseKind().strip());
        }
        if (criteria.from() != null) {
            where.append(" and decision_date >= ?");
            args.add(criteria.from());
        }
        if (criteria.to() != null) {
            where.append(" and decision_date <= ?");
            args.add(criteria.to());
        }
        long total = args.isEmpty() ? allCount() : count(criteria, where.toString(), args);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(limit);
        pageArgs.add(offset);
        List<Result> results = jdbc.query("select * from published_results" + where
                + " order by decision_date desc, publication_id desc limit ? offset ?", row, pageArgs.toArray());
        return new Page(results, total, Math.max(0, page), limit);
    }

    private long count(Criteria criteria, String where, List<Object> args) {
        long now = System.nanoTime();
        long[] cached = counts.get(criteria);
        if (cached != null && now - cached[1] < COUNT_TTL_NANOS) {
            return cached[0];
        }
        Long count = jdbc.queryForObject("select count(*) from published_results" + where, Long.class,
                args.toArray());
        if (counts.size() >= CACHE_ENTRIES) {
            counts.clear();
        }
        counts.put(criteria, new long[] { count == null ? 0 : count, now });
        return count == null ? 0 : count;
    }

    /**
     * How many results are published in all, counted at most every {@link #COUNT_TTL_NANOS}: the unfiltered count
     * scans an index of every row, and the first page of the portal asks for it on every visit.
     */
    private long allCount() {
        long now = System.nanoTime();
        long[] cached = this.cachedCount;
        if (cached != null && now - cached[1] < COUNT_TTL_NANOS) {
            return cached[0];
        }
        Long count = jdbc.queryForObject("select count(*) from published_results", Long.class);
        this.cachedCount = new long[] { count == null ? 0 : count, now };
        return this.cachedCount[0];
    }
}
