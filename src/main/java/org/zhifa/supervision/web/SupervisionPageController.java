package org.zhifa.supervision.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhifa.shared.InvalidInput;
import org.zhifa.supervision.AgencyFigures;
import org.zhifa.supervision.CaseFileReviews;
import org.zhifa.supervision.Deadlines;
import org.zhifa.supervision.Findings;
import org.zhifa.supervision.ReviewResults;
import org.zhifa.supervision.ReviewSheet;
import org.zhifa.supervision.TamperRuns;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The supervision pages (执法监督), rendered on the server so their tables need no JavaScript, in the Tasklist
 * login's session: supervisors and administrators see every agency, deadlines, findings, tamper runs and review
 * rounds; a head or reviewer of an agency that agency's deadlines and review rounds only; anyone else is told so.
 */
@Controller
class SupervisionPageController {

    private static final Set<String> AGENCY = Set.of("leader", "unit-reviewer", "legal-reviewer");
    private static final int ROWS = 200;

    private final Deadlines deadlines;
    private final Findings findings;
    private final TamperRuns tamperRuns;
    private final ReviewResults reviews;
    private final CaseFileReviews caseFileReviews;
    private final CallerAgency caller;
    private final VisibleFigures visibleFigures;
    private final java.time.ZoneId zone;

    SupervisionPageController(Deadlines deadlines, Findings findings, TamperRuns tamperRuns, ReviewResults reviews,
            CaseFileReviews caseFileReviews, CallerAgency caller, VisibleFigures visibleFigures,
            java.time.Clock clock) {
        this.visibleFigures = visibleFigures;
        this.zone = clock.getZone();
        this.deadlines = deadlines;
        this.findings = findings;
        this.tamperRuns = tamperRuns;
        this.reviews = reviews;
        this.caseFileReviews = caseFileReviews;
        this.caller = caller;
    }

    @GetMapping("/supervision/")
    String index(Authentication user, Model model, HttpServletResponse response) {
        Optional<String> refused = refusal(user, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean all = CallerAgency.seesAll(user);
        List<String> agencies = all ? null : List.of(own(user));
        List<Deadlines.Deadline> clocks = deadlines.running(null, null, agencies).stream()
                .filter(d -> d.light() != Deadlines.Light.GREEN).toList();
        model.addAttribute("user", user.getName());
        model.addAttribute("all", all);
        model.addAttribute("deadlines", clocks.stream().limit(ROWS).toList());
        model.addAttribute("deadlineCount", clocks.size());
        model.addAttribute("reds", clocks.stream().filter(d -> d.light() == Deadlines.Light.RED).count());
        if (all) {
            List<Findings.Finding> found = findings.all(null);
            model.addAttribute("findings", found.stream().limit(ROWS).toList());
            model.addAttribute("findingCount", found.size());
            model.addAttribute("tamperRun", tamperRuns.latest(1).stream().findFirst().orElse(null));
        }
        // review rounds as the review API shows them: supervisors all, a head the agency's
        boolean head = roles(user).contains("leader");
        model.addAttribute("showRounds", all || head);
        model.addAttribute("rounds", all || head ? reviews.rounds().stream().filter(r -> all
                || r.agencies().contains(own(user))).toList() : List.of());
        model.addAttribute("zone", zone);
        return "supervision/index";
    }

    @GetMapping("/supervision/reviews/{key}")
    String round(@PathVariable String key, Authentication user, Model model, HttpServletResponse response) {
        Optional<String> refused = refusal(user, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean all = CallerAgency.seesAll(user);
        Optional<ReviewResults.Round> round = key.matches("[A-Za-z0-9-]{1,64}") ? reviews.round(key) : Optional.empty();
        boolean head = roles(user).contains("leader");
        if (round.isEmpty() || !all && !(head && round.get().agencies().contains(own(user)))) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("title", "没有这轮评查");
            model.addAttribute("detail", "没有编号为 " + (key.length() > 64 ? key.substring(0, 64) : key)
                    + " 的评查，或本机关不在其中。");
            return "supervision/message";
        }
        ReviewResults.Round r = round.get();
        String mine = all ? null : own(user);
        ReviewSheet sheet = caseFileReviews.sheet();
        model.addAttribute("round", r);
        model.addAttribute("sheet", sheet);
        model.addAttribute("cases", r.cases().stream().filter(c -> mine == null || c.agencyCode().equals(mine))
                .toList());
        model.addAttribute("agencyResults", r.agencyResults().stream().filter(a -> mine == null
                || a.agencyCode().equals(mine)).toList());
        return "supervision/round";
    }

    @GetMapping("/supervision/figures")
    String figures(@org.springframework.web.bind.annotation.RequestParam(required = false) String from,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String to, Authentication user,
            Model model, HttpServletResponse response) {
        Optional<String> refused = refusal(user, response);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<AgencyFigures.Figures> found;
        try {
            found = visibleFigures.of(from, to, null, user);
        } catch (InvalidInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("title", "统计期间有误");
            model.addAttribute("detail", e.getMessage());
            return "supervision/message";
        }
        model.addAttribute("figures", found);
        model.addAttribute("from", found.isEmpty() ? from : found.get(0).from());
        model.addAttribute("to", found.isEmpty() ? to : found.get(0).to());
        return "supervision/figures";
    }

    /** The page to show instead, if the user may not see supervision at all. */
    private Optional<String> refusal(Authentication user, HttpServletResponse response) {
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return Optional.of("supervision/login");
        }
        Set<String> roles = roles(user);
        boolean agencyRole = roles.stream().anyMatch(AGENCY::contains) && !CallerAgency.NONE.equals(caller.of(user));
        if (!CallerAgency.seesAll(user) && !agencyRole) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return Optional.of("supervision/forbidden");
        }
        return Optional.empty();
    }

    private String own(Authentication user) {
        return caller.of(user);
    }

    private static Set<String> roles(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
