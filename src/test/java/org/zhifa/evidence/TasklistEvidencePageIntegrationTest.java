package org.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.zhifa.testing.Http;
import org.zhifa.testing.Inspections;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evidence added from Tasklist (issue 5; RM12, RM20): a gatherer's task carries the address of its evidence page,
 * which the Camunda Forms link to and embed; the page is served by the server and calls the API with the Tasklist
 * login — no second login, and a session request without the CSRF token is refused.
 */
@ZhifaIntegrationTest
class TasklistEvidencePageIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHandlersTaskCarriesTheAddressOfItsStepsEvidencePageAndItStaysOutOfTheRecord() {
        String bk = "页面-" + UUID.randomUUID();
        Inspections inspections = new Inspections(http);
        String instance = inspections.plan(bk).get("id").asText();
        JsonNode task = inspections.tasklist().openTask("zhangsan", instance);

        JsonNode variables = http.get("zhangsan", "/engine-rest/task/{id}/form-variables", task.get("id").asText())
                .getBody();
        String page = variables.get(EvidenceRegister.PAGE_VARIABLE).get("value").asText();
        assertThat(page).startsWith("/evidence/upload.html?case=");
        assertThat(URLDecoder.decode(page, StandardCharsets.UTF_8)).endsWith("?case=" + bk + "&step="
                + task.get("taskDefinitionKey").asText());
        ResponseEntity<byte[]> html = http.download(null, page);
        assertThat(html.getStatusCode()).as("the page itself is static; its data needs a login").isEqualTo(HttpStatus.OK);
        assertThat(new String(html.getBody(), StandardCharsets.UTF_8)).contains("<meta charset=\"utf-8\">", "本步骤已上传");

        assertThat(inspections.tasklist().claimAndSubmit("zhangsan", instance, Inspections.onSite(false))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String record = http.get("fengyi", "/api/cases/{bk}/record", bk).getBody().toString();
        assertThat(record).contains("findings").doesNotContain(EvidenceRegister.PAGE_VARIABLE);
    }

    @Test
    void theTasklistLoginCarriesThePagesApiCallsAndSessionWritesNeedTheCsrfToken() {
        String bk = "页面-" + UUID.randomUUID();
        new Inspections(http).plan(bk);
        Browser browser = new Browser(http.port());
        assertThat(browser.client.get().uri("/api/me").retrieve().toEntity(JsonNode.class).getStatusCode())
                .as("not logged in yet").isEqualTo(HttpStatus.UNAUTHORIZED);

        browser.logIntoTasklist("zhangsan", "demo");
        JsonNode me = browser.client.get().uri("/api/me").retrieve().toEntity(JsonNode.class).getBody();
        assertThat(me.get("user").asText()).isEqualTo("zhangsan");
        assertThat(me.get("name").asText()).isEqualTo("张三");
        assertThat(me.get("posts").toString()).contains("handler", "承办人");
        String csrfHeader = me.get("csrf").get("header").asText();
        String csrfToken = me.get("csrf").get("token").asText();

        long before = jdbc.queryForObject("select count(*) from evidence_items where business_key = ?",
                Long.class, bk);
        ResponseEntity<JsonNode> withoutToken = browser.upload(bk, null, null);
        assertThat(withoutToken.getStatusCode()).as("a session write without the CSRF token")
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> withToken = browser.upload(bk, csrfHeader, csrfToken);
        assertThat(withToken.getStatusCode()).as(String.valueOf(withToken.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(withToken.getBody().get("uploadedBy").asText()).isEqualTo("zhangsan");
        assertThat(jdbc.queryForObject("select count(*) from evidence_items where business_key = ?", Long.class,
                bk)).isEqualTo(before + 1);

        JsonNode listed = browser.client.get().uri("/api/cases/{bk}/evidence", bk).retrieve()
                .toEntity(JsonNode.class).getBody();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("step").asText()).isEqualTo("Task_OnSiteInspection");

        browser.logOutOfTasklist();
        assertThat(browser.client.get().uri("/api/me").retrieve().toEntity(JsonNode.class).getStatusCode())
                .as("logging out of Tasklist ends it").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theTasklistLoginCarriesTheUsersOwnGroupsAndNoMore() {
        String bk = "页面-" + UUID.randomUUID();
        new Inspections(http).plan(bk);
        Browser supervisor = new Browser(http.port());
        supervisor.logIntoTasklist("fengyi", "demo");
        JsonNode me = supervisor.client.get().uri("/api/me").retrieve().toEntity(JsonNode.class).getBody();
        assertThat(me.get("posts").toString()).contains("supervisor").doesNotContain("\"handler\"");
        assertThat(supervisor.client.get().uri("/api/models/law-coverage").retrieve().toEntity(JsonNode.class)
                .getStatusCode()).as("a supervisor's right").isEqualTo(HttpStatus.OK);
        assertThat(supervisor.upload(bk, me.get("csrf").get("header").asText(), me.get("csrf").get("token").asText())
                .getStatusCode()).as("supervisors do not gather evidence").isEqualTo(HttpStatus.FORBIDDEN);

        Browser handler = new Browser(http.port());
        handler.logIntoTasklist("zhangsan", "demo");
        assertThat(handler.client.get().uri("/api/models/law-coverage").retrieve().toEntity(JsonNode.class)
                .getStatusCode()).as("not a handler's right").isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** A browser: keeps cookies, logs in as Tasklist's login page does. */
    private static final class Browser {

        final RestClient client;

        Browser(int port) {
            HttpClient httpClient = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            this.client = RestClient.builder().baseUrl("http://localhost:" + port)
                    .requestFactory(new JdkClientHttpRequestFactory(httpClient))
                    .defaultStatusHandler(status -> true, (request, response) -> {
                    })
                    .build();
        }

        /** The webapps hand out their CSRF token on any GET; the login form posts it back. */
        void logIntoTasklist(String user, String password) {
            String token = webappCsrfToken();
            ResponseEntity<JsonNode> login = client.post().uri("/camunda/api/admin/auth/user/default/login/tasklist")
                    .header("X-XSRF-TOKEN", token).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body("username=" + user + "&password=" + password).retrieve().toEntity(JsonNode.class);
            assertThat(login.getStatusCode()).as(String.valueOf(login.getBody())).isEqualTo(HttpStatus.OK);
            assertThat(login.getBody().get("userId").asText()).isEqualTo(user);
        }

        void logOutOfTasklist() {
            String token = webappCsrfToken();
            ResponseEntity<String> logout = client.post().uri("/camunda/api/admin/auth/user/default/logout")
                    .header("X-XSRF-TOKEN", token).retrieve().toEntity(String.class);
            assertThat(logout.getStatusCode().is2xxSuccessful()).as(logout.getStatusCode().toString()).isTrue();
        }

        private String webappCsrfToken() {
            ResponseEntity<String> page = client.get().uri("/camunda/api/admin/auth/user/default").retrieve()
                    .toEntity(String.class);
            String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
            assertThat(token).as("the webapps' CSRF token").isNotBlank();
            return token;
        }

        ResponseEntity<JsonNode> upload(String bk, String csrfHeader, String csrfToken) {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("step", "Task_OnSiteInspection");
            parts.add("kind", "photo");
            parts.add("focus", "scene");
            parts.add("recordedBy", "张三");
            parts.add("recordedAt", "2026-11-27T09:30:00+08:00");
            parts.add("place", "昆明市五华区某超市");
            HttpHeaders fileHeaders = new HttpHeaders();
            fileHeaders.setContentType(MediaType.IMAGE_PNG);
            fileHeaders.setContentDisposition(org.springframework.http.ContentDisposition.formData().name("file")
                    .filename("现场.png", StandardCharsets.UTF_8).build());
            parts.add("file", new HttpEntity<>(Media.png(64, 48), fileHeaders));
            var request = client.post().uri("/api/cases/{bk}/evidence", bk).contentType(MediaType.MULTIPART_FORM_DATA);
            if (csrfHeader != null) {
                request.header(csrfHeader, csrfToken);
            }
            return request.body(parts).retrieve().toEntity(JsonNode.class);
        }
    }
}
