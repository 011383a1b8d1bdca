package org.zhifa.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhifa.testing.Http;
import org.zhifa.testing.ZhifaIntegrationTest;

/**
 * Requests no form would send — bodies that are not JSON, not UTF-8, of the wrong types or with fields the request
 * does not take, the wrong method or media type, addresses nothing serves or the container cannot decode — each
 * refused with its status and a Chinese message saying where (never Spring's or Tomcat's English, a class name or a
 * stack trace), and nothing stored.
 */
@ZhifaIntegrationTest
class MalformedRequestsIntegrationTest {

    private static final String REQUESTS = "/api/public/information-requests";
    private static final String VALID = "{\"agencyCode\": \"KMSJ\", \"requester\": \"赵某某\", \"idDocument\": "
            + "\"530102199001011231\", \"contact\": \"13800003333\", \"description\": \"2025 年抽检结果\"}";

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void bodiesThatAreNotJsonSayWhere() throws Exception {
        long before = requests();
        assertRefused(post(REQUESTS, "application/json", "{\"agencyCode\": \"KMSJ\",\n  \"requester\": }"), 400,
                "不是有效的 JSON", "第 2 行");
        assertRefused(post(REQUESTS, "application/json", "{\"agencyCode\": \"KMSJ\""), 400, "不是完整的 JSON");
        assertRefused(post(REQUESTS, "application/json", ""), 400, "缺少请求内容");
        ByteArrayOutputStream notUtf8 = new ByteArrayOutputStream();
        notUtf8.writeBytes(VALID.substring(0, VALID.indexOf("赵某某")).getBytes(StandardCharsets.UTF_8));
        notUtf8.writeBytes(new byte[] { (byte) 0xff, (byte) 0xfe, 'x' });
        notUtf8.writeBytes(VALID.substring(VALID.indexOf("赵某某") + 3).getBytes(StandardCharsets.UTF_8));
        assertRefused(send(HttpRequest.newBuilder(uri(REQUESTS)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(notUtf8.toByteArray()))), 400, "UTF-8");
        assertThat(requests()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void fieldsOfTheWrongTypeOrNotTakenAreNamed() throws Exception {
        long before = requests();
        assertRefused(post(REQUESTS, "application/json", VALID.replace("\"KMSJ\"", "[\"KMSJ\"]")), 400,
                "字段 agencyCode", "应为文本");
        assertRefused(post(REQUESTS, "application/json", VALID.replace("\"KMSJ\"", "12")), 400, "字段 agencyCode",
                "不是文本");
        assertRefused(post(REQUESTS, "application/json", VALID.replace("\"赵某某\"", "true")), 400, "字段 requester");
        assertRefused(post(REQUESTS, "application/json", VALID.replace("}", ", \"processInstanceId\": \"x\"}")), 400,
                "不接受字段 processInstanceId");
        assertThat(requests()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void theWrongMethodMediaTypeOrAddressIsSaidInChinese() throws Exception {
        assertRefused(post(REQUESTS, "text/plain", VALID), 415, "不接受内容类型 text/plain");
        assertRefused(send(HttpRequest.newBuilder(uri(REQUESTS)).DELETE()), 405, "不支持 DELETE");
        assertRefused(send(HttpRequest.newBuilder(uri("/api/public/nothing-here")).GET()), 404, "没有这个地址");
        assertRefused(send(HttpRequest.newBuilder(uri("/api/public/results?from=2026-02-30")).GET()), 400,
                "参数 from", "2026-02-30");
        assertRefused(send(HttpRequest.newBuilder(uri("/api/public/results?page=2147483647")).GET()), 400, "page");
        assertRefused(send(HttpRequest.newBuilder(uri("/api/public/results?page=21474837&size=100")).GET()), 400,
                "page");
        assertRefused(send(HttpRequest.newBuilder(uri("/api/public/results?page=2147483648")).GET()), 400,
                "参数 page");
    }

    @Test
    void portalPagesAnswerWithAChinesePage() throws Exception {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/portal/no-such-page"))
                .header("Accept", "text/html").GET());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(missing.body()).contains("未找到").doesNotContain("Whitelabel", "Exception");
    }

    @Test
    void addressesTheContainerCannotDecodeGetAChineseAnswer() throws Exception {
        String answer = raw("GET /api/public/results/%zz HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("请求").doesNotContain("Apache Tomcat", "HTTP Status", "Exception");
    }

    @Test
    void engineRestRefusalsOfOurModelsAreChineseAndNeverA500() throws Exception {
        var deployment = http.deploy("admin", "坏模型", "broken.bpmn", "<definitions>not closed".getBytes(
                StandardCharsets.UTF_8));
        assertThat(deployment.getStatusCode().value()).as(String.valueOf(deployment.getBody())).isEqualTo(400);
        assertThat(deployment.getBody().toString()).doesNotContain("org.camunda", "Exception:");

        var unknownTask = http.post("zhangsan", "/engine-rest/task/no-such-task/complete",
                java.util.Map.of("variables", java.util.Map.of()));
        assertThat(unknownTask.getStatusCode().value()).as(String.valueOf(unknownTask.getBody())).isEqualTo(404);
        assertThat(unknownTask.getBody().get("message").asText()).contains("任务").doesNotContain("org.camunda");

        var emptyStart = http.post("zhangsan", "/engine-rest/process-definition/key/officer-initiated-case/submit-form",
                java.util.Map.of("variables", java.util.Map.of()));
        assertThat(emptyStart.getStatusCode().value()).as(String.valueOf(emptyStart.getBody())).isEqualTo(400);
        assertThat(emptyStart.getBody().get("message").asText()).contains("执法类别", "必须填写")
                .doesNotContain("org.camunda", "${");
    }

    @Test
    void startFormsAreCheckedLikeStepsAndARefusedStartTakesNoNumber() throws Exception {
        long before = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class);
        String today = new org.zhifa.testing.PenaltyCases(http).today();
        for (String[] bad : new String[][] { { "partyIdNumber", "530102199001011234", "校验位" },
                { "reportedAt", "2026-02-30", "日期" }, { "reportedAt", "0001-01-01", "不在 1949-10-01" },
                { "reportedAt", today + "garbage", "日期" }, { "caseKind", "unknown", "不是可选的值" },
                { "partyPhone", "abc-not-a-phone", "不是电话号码" } }) {
            java.util.Map<String, Object> values = new java.util.HashMap<>(java.util.Map.of("caseKind", "penalty",
                    "source", "complaint", "sourceDetail", "投诉", "caseCause", "销售过期食品", "partyType", "person",
                    "partyName", "王某", "partyIdNumber", "530102199001011231", "reportedAt", today));
            values.put(bad[0], bad[1]);
            Object[] pairs = values.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(),
                    e.getValue())).toArray();
            var refused = http.post("zhangsan", "/engine-rest/process-definition/key/officer-initiated-case/submit-form",
                    java.util.Map.of("variables", Http.variables(pairs)));
            assertThat(refused.getStatusCode().value()).as(bad[0] + "=" + bad[1] + " " + refused.getBody())
                    .isEqualTo(400);
            assertThat(refused.getBody().get("message").asText()).as(bad[0]).contains(bad[0], bad[2]);
        }
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class)).as("nothing started")
                .isEqualTo(before);
    }

    @Test
    void overlongFieldsAreRefusedNamingTheFieldAndItsLimit() {
        String[][] cases = { // user, method, path, field, limit
                { "", "POST", REQUESTS, "requester", "255" },
                { "", "POST", REQUESTS, "description", "4000" },
                { "", "POST", "/api/public/results/1/corrections", "contact", "255" },
                { "zhangsan", "POST", "/api/evidence/1/releases", "recipient", "512" },
                { "zhangsan", "POST", "/api/evidence/1/notes", "remarks", "2048" },
                { "zhangsan", "POST", "/api/cases/ZF-X/av-interruptions", "remarks", "2048" },
                { "wujiu", "POST", "/api/disclosure/publications/1/changes", "documentNumber", "128" },
                { "wujiu", "POST", "/api/disclosure/review-outcomes", "body", "255" },
                { "admin", "PUT", "/api/agencies/KMSJ", "address", "512" } };
        for (String[] c : cases) {
            java.util.Map<String, Object> body = java.util.Map.of(c[3], "长".repeat(Integer.parseInt(c[4]) + 1));
            String user = c[0].isEmpty() ? null : c[0];
            var answer = "PUT".equals(c[1]) ? http.put(user, c[2], body) : http.post(user, c[2], body);
            assertThat(answer.getStatusCode().value()).as(c[2] + " " + answer.getBody()).isEqualTo(400);
            assertThat(answer.getBody().get("detail").asText()).as(c[2]).contains("字段 " + c[3], c[4]);
        }
    }

    private void assertRefused(HttpResponse<String> response, int status, String... fragments) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
        assertThat(response.body()).contains(fragments).doesNotContain("Failed to", "Invalid request", "Exception",
                "com.fasterxml", "org.springframework", "Whitelabel", "\tat ");
    }

    private long requests() {
        return jdbc.queryForObject("select count(*) from information_requests", Long.class);
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + http.port() + path);
    }

    /** A request as bytes on the wire, for what an HTTP client library would refuse to send. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", http.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
