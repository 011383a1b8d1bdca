package org.zhifa.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhifa.cases.process.OfficerInitiatedCaseProcess;
import org.zhifa.evidence.Media;
import org.zhifa.testing.Http;
import org.zhifa.testing.PenaltyCases.Case;
import org.zhifa.testing.PenaltyCases;
import org.zhifa.testing.ZhifaIntegrationTest;

/**
 * Issue 11, point 5: every HTTP endpoint of {@code /api}, read from the application's own request mappings, called
 * by every role (with ids nothing else uses, so that the calls that pass change nothing another test reads). Each endpoint has a rule here; a new endpoint without one fails the build, and so does a rule for an
 * endpoint that is gone. A denied role gets 403 (anonymous 401), an allowed one anything but those.
 */
@ZhifaIntegrationTest
class AuthorizationMatrixIntegrationTest {

    /** Who may call an endpoint. */
    private sealed interface Rule permits Anyone, Staff, Roles, CaseRule {
    }

    private record Anyone() implements Rule {
    }

    private record Staff() implements Rule {
    }

    private record Roles(Set<String> groups) implements Rule {
    }

    /**
     * RM22: reviewing and oversight roles and those who took part see a case; {@code adders}, if any, are the roles
     * that may add to it, when they took part or review it — or, with {@code seeing}, whenever they may see it.
     */
    private record CaseRule(Set<String> adders, boolean seeing) implements Rule {
    }

    private static final Rule ANYONE = new Anyone();
    private static final Rule STAFF = new Staff();
    private static final Rule CASE = new CaseRule(null, false);

    private static Rule roles(String... groups) {
        return new Roles(Set.of(groups));
    }

    private static final Rule OVERSIGHT = roles("supervisor", "camunda-admin");
    private static final Rule DISCLOSURE = roles("disclosure-officer", "camunda-admin");
    private static final Rule DISCLOSURE_OVERSIGHT = roles("disclosure-officer", "supervisor", "leader", "camunda-admin");
    private static final Rule UPLOAD = new CaseRule(Set.of("handler", "legal-reviewer", "window-clerk", "camunda-admin"),
            false);
    /** Notes (RM21) and release requests (RM23): by those roles on any case they may see, archivists included. */
    private static final Rule NOTE = new CaseRule(Set.of("handler", "legal-reviewer", "archivist", "camunda-admin"), true);

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        RULES.put("GET /api/me", STAFF);
        RULES.put("GET /api/cases", roles("leader", "unit-reviewer", "legal-reviewer", "supervisor", "camunda-admin"));
        RULES.put("POST /api/applications", roles("window-clerk"));
        RULES.put("GET /api/applications/{number}/status", ANYONE);
        RULES.put("POST /api/record/checkpoints", OVERSIGHT);
        RULES.put("GET /api/record/checkpoints/latest", OVERSIGHT);
        RULES.put("GET /api/record/verification", OVERSIGHT);
        RULES.put("POST /api/supervision/tamper-runs", OVERSIGHT);
        RULES.put("GET /api/supervision/tamper-runs", OVERSIGHT);
        RULES.put("GET /api/supervision/deadlines", roles("leader", "unit-reviewer", "legal-reviewer", "supervisor",
                "camunda-admin"));
        RULES.put("GET /api/supervision/deadlines.csv", roles("leader", "unit-reviewer", "legal-reviewer",
                "supervisor", "camunda-admin"));
        RULES.put("GET /api/supervision/figures", roles("leader", "unit-reviewer", "legal-reviewer", "supervisor",
                "camunda-admin"));
        RULES.put("GET /api/supervision/figures.csv", roles("leader", "unit-reviewer", "legal-reviewer", "supervisor",
                "camunda-admin"));
        RULES.put("GET /api/supervision/findings", OVERSIGHT);
        RULES.put("GET /api/supervision/findings.csv", OVERSIGHT);
        RULES.put("POST /api/supervision/reviews", OVERSIGHT);
        RULES.put("GET /api/supervision/reviews", roles("leader", "supervisor", "camunda-admin"));
        RULES.put("GET /api/supervision/reviews/sheet", roles("leader", "supervisor", "camunda-admin"));
        RULES.put("GET /api/supervision/reviews/{key}", roles("leader", "supervisor", "camunda-admin"));
        RULES.put("GET /api/supervision/reviews/{key}.csv", roles("leader", "supervisor", "camunda-admin"));
        RULES.put("GET /api/cases/{businessKey}/dossier", CASE);
        RULES.put("GET /api/cases/{businessKey}/dossier.pdf", CASE);
        RULES.put("GET /api/cases/{businessKey}/record", CASE);
        RULES.put("GET /api/cases/{businessKey}/record/verify", CASE);
        RULES.put("GET /api/record/unmapped", OVERSIGHT);
        RULES.put("GET /api/models/law-coverage", OVERSIGHT);
        RULES.put("GET /api/agencies", STAFF);
        RULES.put("GET /api/agencies/{code}/officers", STAFF);
        RULES.put("GET /api/officers/{certificateNumber}", STAFF);
        RULES.put("PUT /api/agencies/{code}", roles("camunda-admin"));
        RULES.put("PUT /api/officers/{certificateNumber}", roles("camunda-admin"));
        RULES.put("PUT /api/officers/{certificateNumber}/photo", roles("camunda-admin"));
        RULES.put("POST /api/evidence/{id}/releases", NOTE);
        RULES.put("GET /api/evidence/releases/{releaseId}", STAFF);
        RULES.put("GET /api/evidence/releases/{releaseId}/content", STAFF);
        RULES.put("GET /api/cases/{businessKey}/evidence-releases", CASE);
        RULES.put("GET /api/evidence/releases", roles("supervisor", "leader", "camunda-admin"));
        RULES.put("GET /api/cases/{businessKey}/documents", CASE);
        RULES.put("GET /api/cases/{businessKey}/documents/{sha256}", CASE);
        RULES.put("POST /api/cases/{businessKey}/evidence", UPLOAD);
        RULES.put("POST /api/evidence/{id}/copies", UPLOAD);
        RULES.put("POST /api/cases/{businessKey}/evidence/raw", UPLOAD);
        RULES.put("GET /api/cases/{businessKey}/evidence", CASE);
        RULES.put("GET /api/evidence/{id}", CASE);
        RULES.put("GET /api/evidence/{id}/content", CASE);
        RULES.put("POST /api/evidence/{id}/notes", NOTE);
        RULES.put("GET /api/evidence/{id}/notes", CASE);
        RULES.put("POST /api/cases/{businessKey}/av-interruptions", new CaseRule(Set.of("handler", "camunda-admin"),
                false));
        RULES.put("GET /api/cases/{businessKey}/av-interruptions", CASE);
        RULES.put("GET /api/public/av-recording-list", ANYONE);
        RULES.put("GET /api/evidence/stored-late", OVERSIGHT);
        RULES.put("GET /api/evidence/access-log", OVERSIGHT);
        RULES.put("GET /api/evidence/access-log/verify", OVERSIGHT);
        RULES.put("GET /api/evidence/verification", OVERSIGHT);
        RULES.put("GET /api/evidence/reconciliation", OVERSIGHT);
        RULES.put("POST /api/disclosure/publications/{id}/withdrawal", DISCLOSURE);
        RULES.put("POST /api/disclosure/publications/{id}/changes", DISCLOSURE);
        RULES.put("GET /api/public/results/{id}/changes", ANYONE);
        RULES.put("GET /api/disclosure/information-requests/overdue", roles("supervisor", "leader", "disclosure-officer",
                "camunda-admin"));
        RULES.put("GET /api/disclosure/overdue", roles("supervisor", "leader", "disclosure-officer", "camunda-admin"));
        RULES.put("GET /api/disclosure/publications/{id}/history", roles("supervisor", "leader", "disclosure-officer",
                "camunda-admin"));
        RULES.put("GET /api/disclosure/catalogue/sections", STAFF);
        RULES.put("PUT /api/disclosure/catalogue/{agency}/{section}/{key}", DISCLOSURE);
        RULES.put("POST /api/disclosure/catalogue/{agency}/{section}/{key}/removal", DISCLOSURE);
        RULES.put("GET /api/disclosure/catalogue/{agency}/{section}/{key}/versions", DISCLOSURE_OVERSIGHT);
        RULES.put("GET /api/disclosure/catalogue/overdue", DISCLOSURE_OVERSIGHT);
        RULES.put("POST /api/disclosure/review-outcomes", roles("disclosure-officer", "legal-reviewer", "camunda-admin"));
        RULES.put("POST /api/disclosure/statistics/{year}/run", DISCLOSURE);
        RULES.put("GET /api/disclosure/statistics/{agency}/{year}", DISCLOSURE_OVERSIGHT);
        RULES.put("GET /api/disclosure/statistics/overdue", DISCLOSURE_OVERSIGHT);
        RULES.put("GET /api/public/statistics", ANYONE);
        RULES.put("GET /api/public/statistics/{agency}/{year}", ANYONE);
        RULES.put("GET /api/public/record/checkpoint", ANYONE);
        RULES.put("GET /api/public/agencies", ANYONE);
        RULES.put("GET /api/public/agencies/{code}/catalogue", ANYONE);
        RULES.put("GET /api/public/officers/{certificateNumber}/photo", ANYONE);
        RULES.put("GET /api/public/service-guides/{code}", ANYONE);
        RULES.put("GET /api/public/procedures", ANYONE);
        RULES.put("GET /api/public/procedures/{key}", ANYONE);
        RULES.put("GET /api/public/procedures/{key}/diagram.bpmn", ANYONE);
        RULES.put("POST /api/public/results/{id}/corrections", ANYONE);
        RULES.put("GET /api/public/corrections/{reference}", ANYONE);
        RULES.put("GET /api/public/results.csv", ANYONE);
        RULES.put("GET /api/public/results.atom", ANYONE);
        RULES.put("POST /api/public/information-requests", ANYONE);
        RULES.put("GET /api/public/information-requests/{reference}", ANYONE);
        RULES.put("GET /api/public/results", ANYONE);
        RULES.put("GET /api/public/results/{id}", ANYONE);
        RULES.put("GET /api/public/documents/verify", ANYONE);
        RULES.put("POST /api/cases/{businessKey}/documents/{code}/signed-copies", UPLOAD);
        RULES.put("GET /api/documents/templates", roles("camunda-admin"));
        RULES.put("POST /api/documents/templates", roles("camunda-admin"));
        RULES.put("GET /api/documents/templates/{name}", roles("camunda-admin"));
        RULES.put("GET /api/documents/templates/{name}/{version}", roles("camunda-admin"));
        RULES.put("GET /api/documents/templates/{name}/specimen.pdf", roles("camunda-admin"));
    }

    /** Every role, by a demo user of it; zhangsan and lisi are the officers of the case, chenji is not. */
    private static final Map<String, Set<String>> USERS = new LinkedHashMap<>();

    static {
        USERS.put("wuyi", Set.of("window-clerk"));
        USERS.put("zhangsan", Set.of("handler"));
        USERS.put("chenji", Set.of("handler"));
        USERS.put("wangwu", Set.of("unit-reviewer"));
        USERS.put("zhaoliu", Set.of("legal-reviewer"));
        USERS.put("sunqi", Set.of("leader", "committee"));
        USERS.put("zhouba", Set.of("committee"));
        USERS.put("wujiu", Set.of("disclosure-officer"));
        USERS.put("zhengshi", Set.of("archivist"));
        USERS.put("fengyi", Set.of("supervisor"));
        USERS.put("admin", Set.of("camunda-admin"));
    }

    private static final Set<String> SEE_ALL = Set.of("unit-reviewer", "legal-reviewer", "leader", "committee",
            "archivist", "supervisor", "camunda-admin");
    private static final Set<String> REVIEWING = Set.of("unit-reviewer", "legal-reviewer", "leader", "committee",
            "camunda-admin");
    private static final Set<String> PARTICIPANTS = Set.of("zhangsan", "lisi");

    @Autowired
    Http http;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointHasARuleAndEveryRoleGetsWhatItsRuleSays() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        }
        assertThat(endpoints).as("endpoints without a rule in this test").isSubsetOf(RULES.keySet());
        assertThat(RULES.keySet()).as("rules for endpoints that no longer exist").isSubsetOf(endpoints);

        Case c = new PenaltyCases(http).filed("person", "53010012346");
        String evidenceId = http.upload("zhangsan", "/api/cases/" + c.businessKey() + "/evidence", Map.of("step",
                OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS, "kind", "photo", "focus", "scene"), "scene.png", "image/png", Media.png(33, 21))
                .getBody().get("id").asText();

        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{businessKey}", c.businessKey())
                    .replace("{id}", evidenceId).replace("{releaseId}", "999999").replace("{code}", "MATRIX")
                    .replace("{certificateNumber}", "53019990000").replace("{agency}", "MATRIX")
                    .replace("{section}", "powers").replace("{key}", "X-1").replace("{year}", "2001")
                    .replace("{sha256}", "0".repeat(64)).replace("{number}", "SQ-1999-000001")
                    .replace("{reference}", "999999999").replace("{name}", "penalty-decision")
                    .replace("{version}", "1");
            Rule rule = RULES.get(endpoint);
            int anonymous = call(method, path, null);
            boolean anonymousAllowed = rule instanceof Anyone;
            if (anonymousAllowed == (anonymous == 401 || anonymous == 403)) {
                wrong.add(endpoint + " anonymous → " + anonymous);
            }
            for (Map.Entry<String, Set<String>> user : USERS.entrySet()) {
                boolean allowed = allowed(rule, user.getKey(), user.getValue());
                int status = call(method, path, user.getKey());
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(endpoint + " " + user.getKey() + " → " + status + (allowed ? " (should pass)" : " (should be 403)"));
                }
            }
        }
        assertThat(wrong).as("answers that break the rules").isEmpty();
    }

    private static boolean allowed(Rule rule, String user, Set<String> groups) {
        if (rule instanceof Roles roles) {
            return groups.stream().anyMatch(roles.groups()::contains);
        }
        if (rule instanceof CaseRule c) {
            boolean sees = PARTICIPANTS.contains(user) || groups.stream().anyMatch(SEE_ALL::contains);
            boolean adds = PARTICIPANTS.contains(user) || groups.stream().anyMatch(REVIEWING::contains);
            return c.adders() == null ? sees
                    : groups.stream().anyMatch(c.adders()::contains) && (c.seeing() ? sees : adds);
        }
        return true;
    }

    private int call(String method, String path, String user) {
        RestClient client = RestClient.builder().baseUrl("http://localhost:" + http.port())
                .requestFactory(new JdkClientHttpRequestFactory(java.net.http.HttpClient.newHttpClient()))
                .defaultStatusHandler(status -> true, (request, response) -> {
                }).build();
        String query = path.contains("?") ? "&" : "?";
        var request = client.method(HttpMethod.valueOf(method)).uri(path + query + "reason=matrix&code=000000&limit=5");
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, Http.basic(user));
        }
        if (path.endsWith("/evidence") && method.equals("POST") || path.endsWith("/copies")
                || path.endsWith("/signed-copies")) {
            LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("step", OfficerInitiatedCaseProcess.TASK_ASSIGN_OFFICERS);
            parts.add("kind", "photo");
            parts.add("focus", "scene");
            parts.add("derivation", "redacted");
            parts.add("reason", "matrix");
            parts.add("file", new org.springframework.core.io.ByteArrayResource(Media.png(7, 3 + path.length() % 50)) {
                @Override
                public String getFilename() {
                    return "matrix.png";
                }
            });
            request.contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
        } else if (path.endsWith("/raw") || path.endsWith("/photo")) {
            request.contentType(MediaType.IMAGE_PNG).body(Media.png(3, 3));
        } else if (!method.equals("GET")) {
            request.contentType(MediaType.APPLICATION_JSON).body("{}");
        }
        return request.retrieve().toBodilessEntity().getStatusCode().value();
    }
}
