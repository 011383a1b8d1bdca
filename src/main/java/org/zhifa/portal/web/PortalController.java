package org.zhifa.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhifa.requests.CorrectionRequests;
import org.zhifa.disclosure.DecisionChanges;
import org.zhifa.requests.PublicRequestLimits;
import org.zhifa.disclosure.PublishedResults;
import org.zhifa.shared.Refusal;
import org.zhifa.shared.web.Problems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public disclosure site (PM5, PM13): search and read published enforcement decisions, in Chinese, rendered on
 * the server so it works without JavaScript; and ask for a correction (PM17). It reads only {@link PublishedResults}:
 * nothing unpublished or unredacted can be reached by any URL or parameter.
 */
@Controller
class PortalController {

    /** The kinds of enforcement act, as the Publicity Measures name them. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("penalty", "行政处罚");
        KINDS.put("coercion", "行政强制");
        KINDS.put("inspection", "行政检查");
        KINDS.put("licence", "行政许可");
        KINDS.put("confirmation", "行政确认");
        KINDS.put("registration", "行政登记");
        KINDS.put("adjudication", "行政裁决");
    }

    private static final int PAGE_SIZE = 20;
    private final PublishedResults results;
    private final DecisionChanges changes;
    private final CorrectionRequests corrections;
    private final PublicRequestLimits limits;

    PortalController(PublishedResults results, DecisionChanges changes, CorrectionRequests corrections,
            PublicRequestLimits limits) {
        this.results = results;
        this.changes = changes;
        this.corrections = corrections;
        this.limits = limits;
    }

    @GetMapping({ "/portal", "/portal/" })
    String home() {
        return "redirect:/portal/results";
    }

    @GetMapping("/portal/results")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model,
            HttpServletResponse response) {
        model.addAttribute("q", q);
        model.addAttribute("agency", agency);
        model.addAttribute("kind", kind);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("kinds", KINDS);
        StringBuilder errors = new StringBuilder();
        LocalDate fromDate = date(from, "起始日期", errors);
        LocalDate toDate = date(to, "截止日期", errors);
        int pageNumber = 0;
        if (page != null && !page.isBlank()) {
            try {
                pageNumber = Integer.parseInt(page.strip()) - 1;
                if (pageNumber < 0 || pageNumber > PublishedResults.MAX_PAGE) {
                    errors.append("页码应在 1 到 ").append(PublishedResults.MAX_PAGE + 1).append(" 之间。");
                }
            } catch (NumberFormatException e) {
                errors.append("页码“").append(page.length() > 20 ? page.substring(0, 20) + "…" : page)
                        .append("”不是数字。");
            }
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", errors.toString());
            return "portal/results";
        }
        PublishedResults.Page found = results.search(new PublishedResults.Criteria(q, agency, kind, fromDate, toDate),
                pageNumber, PAGE_SIZE);
        model.addAttribute("found", found);
        model.addAttribute("query", query(q, kind, agency, from, to));
        model.addAttribute("pages", (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("pageNumber", pageNumber + 1);
        return "portal/results";
    }

    /** A published result; anything else — a draft, a withheld result, no such id — is the same 404 page. */
    @GetMapping("/portal/results/{id}")
    String result(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<PublishedResults.Result> result = published(id);
        if (result.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        model.addAttribute("result", result.get());
        model.addAttribute("changes", changes.changes(result.get().id()));
        model.addAttribute("kinds", KINDS);
        return "portal/result";
    }

    /** The published result an id in a URL names; empty for anything else, whatever its shape. */
    private Optional<PublishedResults.Result> published(String id) {
        return id.matches("\\d{1,18}") ? results.find(Long.parseLong(id)) : Optional.empty();
    }

    /** PM17: the form to ask for a correction of a published result. */
    @GetMapping("/portal/results/{id}/correction")
    String correctionForm(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<PublishedResults.Result> result = published(id);
        if (result.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        model.addAttribute("result", result.get());
        return "portal/correction";
    }

    /** Takes in the request; a missing field comes back on the same form with what was typed and the reason. */
    @PostMapping("/portal/results/{id}/correction")
    String correct(@PathVariable String id, @RequestParam(required = false) String requester,
            @RequestParam(required = false) String contact, @RequestParam(required = false) String description,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        String page = correctionForm(id, model, response);
        if (!"portal/correction".equals(page)) {
            return page;
        }
        model.addAttribute("requester", requester);
        model.addAttribute("contact", contact);
        model.addAttribute("description", description);
        try {
            limits.submission(request.getRemoteAddr());
            model.addAttribute("receipt", corrections.submit(Long.parseLong(id), requester, contact, description));
        } catch (Refusal e) {
            response.setStatus(Problems.status(e).value());
            model.addAttribute("error", e.getMessage());
        }
        return "portal/correction";
    }

    /** The search's parameters, encoded, for the page links (built here: Thymeleaf's link syntax is slow per link). */
    private static String query(String... qKindAgencyFromTo) {
        String[] names = { "q", "kind", "agency", "from", "to" };
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            String value = qKindAgencyFromTo[i];
            if (value != null && !value.isBlank()) {
                query.append(query.isEmpty() ? "" : "&").append(names[i]).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private static LocalDate date(String value, String label, StringBuilder errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.append(label).append("“").append(value).append("”不是日期，应为 yyyy-MM-dd。");
            return null;
        }
    }
}
