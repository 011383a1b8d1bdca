package org.zhifa.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.zhifa.calendar.WorkingDays;
import org.zhifa.cases.CaseClocks;
import org.zhifa.catalogue.Catalogue;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.disclosure.DisclosureOversight;
import org.zhifa.requests.InformationRequests;

/**
 * Deadlines with warnings (黄灯/红灯): every running statutory clock of every running case, with its light — red once
 * its last day has passed, yellow when the configured share of its period has passed or few working days are left
 * ({@link SupervisionSettings}), else green — reddest and soonest first.
 */
@Service
public class Deadlines {

    /** The light of a clock. */
    public enum Light {
        RED("红灯：已超期"), YELLOW("黄灯：临近期限"), GREEN("绿灯：期限内");

        private final String label;

        Light(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One clock as supervisors see it.
     *
     * @param kind            the clock's kind ({@link CaseClocks.Kind#name()})
     * @param workingDaysLeft working days after today up to the last day; negative once it has passed
     * @param daysOverdue     calendar days since the last day, 0 while it has not passed
     * @param sharePassed     the share of the period passed (calendar days), or null where its start is not kept
     */
    public record Deadline(String kind, String label, String law, Light light, String lightLabel, String businessKey,
            String agencyCode, String agencyName, String caseName, String handler, LocalDate startedOn,
            LocalDate lastDay, int workingDaysLeft, long daysOverdue, Double sharePassed, List<String> openSteps) {
    }

    /** The kind of a rectification's clock (案卷评查整改), beside the cases' own kinds. */
    public static final String RECTIFICATION = "RECTIFICATION";
    /** Publication of a decision (PM14), a catalogue change (PM14, PM15), an answer to an information request (PM22). */
    public static final String DISCLOSURE = "DISCLOSURE";
    public static final String CATALOGUE_CHANGE = "CATALOGUE_CHANGE";
    public static final String INFORMATION_REQUEST = "INFORMATION_REQUEST";
    /** The kinds supervision adds to the cases' own. */
    public static final List<String> OWN_KINDS = List.of(DISCLOSURE, CATALOGUE_CHANGE, INFORMATION_REQUEST,
            RECTIFICATION);

    private final CaseClocks clocks;
    private final ReviewResults reviews;
    private final DisclosureOversight disclosure;
    private final Catalogue catalogue;
    private final InformationRequests requests;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final SupervisionSettings settings;
    private final Clock clock;

    Deadlines(CaseClocks clocks, ReviewResults reviews, DisclosureOversight disclosure, Catalogue catalogue,
            InformationRequests requests, Directory directory, WorkingDays workingDays, SupervisionSettings settings,
            Clock clock) {
        this.clocks = clocks;
        this.reviews = reviews;
        this.disclosure = disclosure;
        this.catalogue = catalogue;
        this.requests = requests;
        this.directory = directory;
        this.workingDays = workingDays;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The running clocks, those of one agency, light or kind only when asked (null: all).
     *
     * @param agencyCodes the agencies whose clocks to list (those the caller may see, narrowed by what was asked), or
     *                    null for every agency
     */
    public List<Deadline> running(Light light, String kind, java.util.Collection<String> agencyCodes) {
        LocalDate today = LocalDate.now(clock);
        return Stream.of(clocks.running().stream().map(Deadlines::running), publications(), catalogueChanges(),
                informationRequests(), rectifications().stream()).flatMap(s -> s)
                .filter(c -> agencyCodes == null || agencyCodes.contains(c.agencyCode()))
                .filter(c -> kind == null || c.kind().equals(kind))
                .map(c -> deadline(c, today))
                .filter(d -> light == null || d.light() == light)
                .sorted(Comparator.comparing(Deadline::light).thenComparing(Deadline::lastDay))
                .toList();
    }

    /** A clock of either kind: a case's, or an agency's rectification after a case-file review. */
    private record Running(String kind, String label, String law, String businessKey, String agencyCode,
            String agencyName, String caseName, String handler, LocalDate startedOn, LocalDate lastDay,
            List<String> openSteps) {
    }

    private static Running running(CaseClocks.Clock c) {
        return new Running(c.kind().name(), c.kind().label(), c.kind().law(), c.businessKey(), c.agencyCode(),
                c.agencyName(), c.caseName(), c.handler(), c.startedOn(), c.lastDay(), c.openSteps());
    }

    private Stream<Running> publications() {
        return disclosure.open().stream().map(p -> new Running(DISCLOSURE, "执法决定公示",
                "《云南省行政执法公示办法》第十四条：作出决定之日起 7 个工作日内公开", p.businessKey(), p.agencyCode(),
                p.agencyName(), p.decisionNumber(), null, p.decisionDate(), p.deadline(), List.of("公示审核")));
    }

    private Stream<Running> catalogueChanges() {
        ZoneId zone = clock.getZone();
        return catalogue.awaiting().stream().filter(v -> v.dueDate() != null).map(v -> new Running(CATALOGUE_CHANGE,
                "事前公开信息变更", "《云南省行政执法公示办法》第十四条、第十五条：信息变更之日起 20 个工作日内更新", v.agencyCode() + "/"
                        + v.section() + "/" + v.key(), v.agencyCode(), agencyName(v.agencyCode()), v.title(),
                v.changedBy(), v.changedAt().atZone(zone).toLocalDate(), v.dueDate(), List.of("审核事前公开信息变更")));
    }

    private Stream<Running> informationRequests() {
        ZoneId zone = clock.getZone();
        return requests.open().stream().map(r -> new Running(INFORMATION_REQUEST, "信息公开申请答复",
                "《云南省行政执法公示办法》第二十二条、《政府信息公开条例》第三十三条：收到申请之日起 20 个工作日内答复", "信息公开申请 " + r.id(),
                r.agencyCode(), agencyName(r.agencyCode()), "信息公开申请 " + r.id(), null,
                r.receivedAt().atZone(zone).toLocalDate(), r.answerBy(), List.of("答复信息公开申请")));
    }

    private String agencyName(String code) {
        return directory.agency(code).map(Agency::getName).orElse(code);
    }

    private List<Running> rectifications() {
        String law = "RM9 案卷评查：评定等级之日起 " + reviews.rectificationWorkingDays() + " 个工作日内报送整改情况";
        return reviews.open().stream().map(r -> new Running(RECTIFICATION, "案卷评查整改", law, r.roundKey(),
                r.agencyCode(), r.agencyName(), r.roundName(), null, r.gradedOn(), r.dueOn(), List.of("报送整改情况")))
                .toList();
    }

    private Deadline deadline(Running c, LocalDate today) {
        int left = workingDays.between(today, c.lastDay());
        long overdue = Math.max(0, ChronoUnit.DAYS.between(c.lastDay(), today));
        Double share = null;
        if (c.startedOn() != null && c.lastDay().isAfter(c.startedOn())) {
            share = Math.min(1.0, Math.max(0.0, ChronoUnit.DAYS.between(c.startedOn(), today)
                    / (double) ChronoUnit.DAYS.between(c.startedOn(), c.lastDay())));
        }
        Light light = today.isAfter(c.lastDay()) ? Light.RED
                : left <= settings.workingDaysLeft() || share != null && share >= settings.sharePassed() ? Light.YELLOW
                        : Light.GREEN;
        return new Deadline(c.kind(), c.label(), c.law(), light, light.label(), c.businessKey(),
                c.agencyCode(), c.agencyName(), c.caseName(), c.handler(), c.startedOn(), c.lastDay(),
                left, overdue,
                share == null ? null : Math.round(share * 100) / 100.0, c.openSteps());
    }
}
