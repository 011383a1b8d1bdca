package org.zhifa.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.zhifa.evidence.EvidenceReconciliation;
import org.zhifa.testing.Http;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.validation.constraints.Size;

/**
 * Issue 13, tests: bad input for every endpoint of {@code /api}, {@code /api/public} and {@code /portal}, generated
 * from the application's own request mappings and each handler's parameters — path variables, query parameters and
 * JSON bodies field by field: the wrong type, an impossible date, a number out of range, text longer than its limit,
 * control and direction characters, fields the request does not take, JSON that does not read. Each case must be
 * refused with a 4xx (never 401/403: the caller may call the endpoint; never 500), in Chinese, naming the field where
 * there is one, as a page on the portal, and leave every table, number, object, record and access log as it was.
 * Endpoints whose input the generator cannot read (bodies read by hand: uploads, portal forms) have their cases in
 * {@link #explicitCases}; a new one without cases there fails the build.
 */
@ZhifaIntegrationTest
class BadInputSuiteIntegrationTest {

    /** Where the request's inputs are not parameters this suite reads: bodies read by hand, form posts. */
    private static final Set<String> READ_BY_HAND = Set.of("POST /api/cases/{businessKey}/evidence",
            "POST /api/evidence/{id}/copies", "POST /api/cases/{businessKey}/evidence/raw",
            "PUT /api/officers/{certificateNumber}/photo", "POST /portal/requests", "POST /portal/results/{id}/correction",
            "POST /api/cases/{businessKey}/documents/{code}/signed-copies");

    /** Tables every write of the API touches: a refused request changes none of them. */
    private static final List<String> TABLES = List.of("business_keys", "numbering", "record_entries", "evidence_items",
            "evidence_access_log", "evidence_notes", "evidence_releases", "evidence_release_decisions",
            "av_interruptions", "case_documents", "publications", "publication_versions", "publication_changes",
            "published_results", "correction_requests", "information_requests", "review_outcomes", "agencies",
            "officers", "officer_photos", "catalogue_versions", "service_items", "record_checkpoints", "document_templates",
            "issued_documents");

    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final List<String> LEAKS = List.of("Exception", "org.springframework", "com.fasterxml",
            "org.camunda", "Whitelabel", "Apache Tomcat", "Failed to", "Invalid request", "\tat ");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One bad request and what its answer must say. */
    record Case(String endpoint, String kind, String user, String method, String path, String contentType,
            byte[] body, String names) {
    }

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EvidenceReconciliation reconciliation;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyEndpointRefusesBadInputClearlyAndKeepsEverythingAsItWas() throws Exception {
        Map<String, HandlerMethod> endpoints = endpoints();
        List<Case> cases = new ArrayList<>();
        List<String> withoutCases = new ArrayList<>();
        for (var endpoint : endpoints.entrySet()) {
            List<Case> generated = READ_BY_HAND.contains(endpoint.getKey()) ? explicitCases(endpoint.getKey())
                    : generated(endpoint.getKey(), endpoint.getValue());
            if (generated == null) {
                withoutCases.add(endpoint.getKey());
            } else {
                cases.addAll(generated);
            }
        }
        assertThat(withoutCases).as("endpoints whose input this suite cannot generate cases for: add them to "
                + "READ_BY_HAND with explicit cases").isEmpty();
        assertThat(READ_BY_HAND).as("explicit cases for endpoints that are gone").isSubsetOf(endpoints.keySet());
        assertThat(cases.size()).isGreaterThan(300);

        int objects = reconciliation.run().objects();
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            Map<String, Long> before = counts();
            HttpResponse<String> answer = send(c);
            String problem = problem(c, answer);
            if (problem != null) {
                wrong.add(c.endpoint() + " [" + c.kind() + "] → " + answer.statusCode() + " " + problem + ": "
                        + shorten(answer.body()));
            }
            Map<String, Long> after = counts();
            if (!after.equals(before)) {
                wrong.add(c.endpoint() + " [" + c.kind() + "] changed " + changed(before, after));
            }
        }
        assertThat(reconciliation.run().objects()).as("no object stored by a refused request").isEqualTo(objects);
        assertThat(wrong).as("answers to bad input that break the rules (" + cases.size() + " cases)").isEmpty();
    }

    /** Every endpoint of the public and staff API and the portal, by method and pattern. */
    private Map<String, HandlerMethod> endpoints() {
        Map<String, HandlerMethod> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/portal")) {
                    mapping.getKey().getMethodsCondition().getMethods()
                            .forEach(m -> endpoints.put(m.name() + " " + pattern, mapping.getValue()));
                }
            }
        }
        return endpoints;
    }

    // ------------------------------------------------------------------ generated cases

    /** Cases from the handler's parameters; null if it takes an input this suite cannot read. */
    private List<Case> generated(String endpoint, HandlerMethod handler) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
        String user = user(endpoint);
        List<Case> cases = new ArrayList<>();
        Class<?> bodyType = null;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            if (parameter.hasParameterAnnotation(RequestHeader.class)) {
                return null;
            }
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                bodyType = parameter.getParameterType();
            }
        }
        String base = placeholders(pattern);
        byte[] validBody = bodyType == null ? null : validBody(bodyType);
        if (bodyType != null && validBody == null) {
            return null;
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (path != null) {
                String name = name(path.name(), path.value(), parameter);
                String placeholder = "{" + name + "}";
                for (Map.Entry<String, String> bad : badPathValues(type, method).entrySet()) {
                    String p = placeholders(pattern.replace(placeholder, bad.getValue()));
                    // quotes and markup are not wrong in themselves: a key that names nothing is not found
                    boolean named = isNumber(type)
                            || !bad.getKey().startsWith("含引号") && !bad.getKey().startsWith("含标记");
                    cases.add(new Case(endpoint, "路径参数 " + name + " " + bad.getKey(), user, method, p,
                            bodyType == null ? null : "application/json", validBody,
                            named ? (isNumber(type) ? name : "路径参数 " + name) : null));
                }
            } else if (param != null) {
                if (Map.class.isAssignableFrom(type)) {
                    return null;
                }
                String name = name(param.name(), param.value(), parameter);
                for (Map.Entry<String, String> bad : badValues(type, parameter).entrySet()) {
                    cases.add(new Case(endpoint, "参数 " + name + " " + bad.getKey(), user, method,
                            base + "?" + name + "=" + URLEncoder.encode(bad.getValue(), StandardCharsets.UTF_8),
                            bodyType == null ? null : "application/json", validBody, name));
                }
            }
        }
        if (bodyType != null) {
            cases.addAll(bodyCases(endpoint, user, method, base, bodyType));
        }
        // an endpoint that takes nothing (a list, a checkpoint run) has no bad input
        return cases;
    }

    private static boolean isNumber(Class<?> type) {
        return type == int.class || type == long.class || type == Integer.class || type == Long.class;
    }

    private static String name(String name, String value, MethodParameter parameter) {
        if (!name.isEmpty()) {
            return name;
        }
        return value.isEmpty() ? parameter.getParameterName() : value;
    }

    /** Bad path values; quotes and markup only where the request writes (a read of what they name finds nothing). */
    private static Map<String, String> badPathValues(Class<?> type, String method) {
        Map<String, String> bad = new LinkedHashMap<>();
        if (isNumber(type)) {
            bad.put("不是数字", "abc");
            bad.put("超出范围", "99999999999999999999");
        } else {
            bad.put("含控制字符", "X%01Y");
            bad.put("含文字方向控制字符", "X%E2%80%AEY");
            if (!"GET".equals(method)) {
                bad.put("含引号和注释", URLEncoder.encode("X' OR 1=1--", StandardCharsets.UTF_8));
                bad.put("含标记", URLEncoder.encode("<script>", StandardCharsets.UTF_8));
            }
            bad.put("过长", URLEncoder.encode("长".repeat(300), StandardCharsets.UTF_8));
        }
        return bad;
    }

    private static Map<String, String> badValues(Class<?> type, MethodParameter parameter) {
        Map<String, String> bad = new LinkedHashMap<>();
        if (isNumber(type)) {
            bad.put("不是数字", "abc");
            bad.put("超出范围", "99999999999999999999");
            bad.put("负数", "-1");
        } else if (type == LocalDate.class) {
            bad.put("不存在的日期", "2026-02-30");
            bad.put("日期后有多余字符", "2026-03-01x");
        } else if (type == boolean.class || type == Boolean.class) {
            bad.put("不是是或否", "maybe");
        } else if (type == String.class) {
            bad.put("过长", "长".repeat(600));
            bad.put("含控制字符", "a\u0000b");
            bad.put("含文字方向控制字符", "a\u202eb");
        }
        return bad;
    }

    /**
     * The body sent with a bad path or query value: an empty JSON object, which a JSON request record reads; null for
     * any other body, whose cases must then be explicit.
     */
    private static byte[] validBody(Class<?> type) {
        return type.isRecord() ? "{}".getBytes(StandardCharsets.UTF_8) : null;
    }

    private List<Case> bodyCases(String endpoint, String user, String method, String path, Class<?> type) {
        List<Case> cases = new ArrayList<>();
        cases.add(json(endpoint, "JSON 语法错误", user, method, path, "{\"a\": }", "JSON"));
        cases.add(json(endpoint, "JSON 不完整", user, method, path, "{\"a\": 1", "JSON"));
        cases.add(json(endpoint, "不是对象", user, method, path, "[1, 2]", null));
        cases.add(json(endpoint, "不接受的字段", user, method, path, "{\"zzUnknown\": 1}", "zzUnknown"));
        cases.add(new Case(endpoint, "不是 UTF-8", user, method, path, "application/json",
                new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}' }, "UTF-8"));
        fieldCases(endpoint, user, method, path, type, "", json -> json, cases);
        return cases;
    }

    private void fieldCases(String endpoint, String user, String method, String path, Class<?> type, String prefix,
            UnaryOperator<String> wrap, List<Case> cases) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String field = prefix + name;
            Class<?> t = component.getType();
            Map<String, String> bad = new LinkedHashMap<>();
            if (t == String.class) {
                Size size = annotation(type, name);
                int max = size == null ? 100_000 : size.max();
                bad.put("类型错误（数组）", "[1]");
                bad.put("类型错误（是否）", "true");
                bad.put("类型错误（数字）", "12");
                bad.put("过长（" + max + " 字以上）", quote("长".repeat(max + 1)));
                bad.put("含控制字符", quote("a\u0000b\u001b"));
                bad.put("含文字方向控制字符", quote("photo\u202egnp.exe"));
            } else if (isNumber(t) || t == double.class || t == Double.class || t == java.math.BigDecimal.class) {
                bad.put("类型错误（文字）", "\"abc\"");
                bad.put("超出范围", "1e400");
            } else if (t == boolean.class || t == Boolean.class) {
                bad.put("类型错误（文字）", "\"maybe\"");
            } else if (t == LocalDate.class) {
                bad.put("不存在的日期", "\"2026-02-30\"");
                bad.put("远古的日期", "\"0001-01-01\"");
                bad.put("千年之后", "\"3026-01-01\"");
                bad.put("五位数的年份", "\"+99999-01-01\"");
                bad.put("日期后有多余字符", "\"2026-03-01x\"");
                bad.put("类型错误（数字）", "20260301");
            } else if (Collection.class.isAssignableFrom(t)) {
                bad.put("类型错误（文字）", "\"x\"");
                if (elementType(component) == String.class) {
                    bad.put("项目过长", "[" + quote("长".repeat(100_001)) + "]");
                    bad.put("项目含控制字符", "[" + quote("a\u0000b") + "]");
                }
            } else if (t.isRecord()) {
                bad.put("类型错误（文字）", "\"x\"");
                String inner = field + ".";
                fieldCases(endpoint, user, method, path, t, inner, json -> wrap.apply("{\"" + name + "\": " + json + "}"),
                        cases);
            }
            for (Map.Entry<String, String> b : bad.entrySet()) {
                String json = t.isRecord() && !b.getKey().startsWith("类型") ? b.getValue()
                        : "{\"" + name + "\": " + b.getValue() + "}";
                cases.add(json(endpoint, "字段 " + field + " " + b.getKey(), user, method, path, wrap.apply(json), name));
            }
        }
    }

    private static Class<?> elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            Type argument = p.getActualTypeArguments()[0];
            if (argument instanceof Class<?> c) {
                return c;
            }
            if (argument instanceof java.lang.reflect.AnnotatedType a && a.getType() instanceof Class<?> c) {
                return c;
            }
        }
        return null;
    }

    private static Size annotation(Class<?> record, String name) {
        try {
            Field field = record.getDeclaredField(name);
            return field.getAnnotation(Size.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Case json(String endpoint, String kind, String user, String method, String path, String json,
            String names) {
        return new Case(endpoint, kind, user, method, path, "application/json", json.getBytes(StandardCharsets.UTF_8),
                names);
    }

    // ------------------------------------------------------------------ explicit cases

    /** Endpoints that read their body by hand. */
    private List<Case> explicitCases(String endpoint) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = placeholders(endpoint.substring(endpoint.indexOf(' ') + 1));
        String user = user(endpoint);
        List<Case> cases = new ArrayList<>();
        switch (endpoint) {
            case "POST /api/cases/{businessKey}/evidence", "POST /api/evidence/{id}/copies" -> {
                // a copy of an original that does not exist is refused as such (404) before its fields are read
                boolean named = endpoint.endsWith("/evidence");
                cases.add(multipart(endpoint, "字段过长", user, path, Map.of("step", "Task_X", "kind", "photo", "focus",
                        "scene", "place", "长".repeat(600), "reason", "核对"), "a.png", named ? "place" : null));
                cases.add(multipart(endpoint, "字段含控制字符", user, path, Map.of("step", "Task_X", "kind", "photo",
                        "focus", "scene\u0000", "reason", "核对"), "a.png", named ? "focus" : null));
                cases.add(multipart(endpoint, "文件名含文字方向控制字符", user, path, Map.of("step", "Task_X", "kind",
                        "photo", "focus", "scene", "reason", "核对"), "photo\u202egnp.exe", null));
                cases.add(multipart(endpoint, "不存在的日期", user, path, Map.of("step", "Task_X", "kind", "photo",
                        "focus", "scene", "recordedAt", "2026-02-30T08:00:00+08:00", "reason", "核对"), "a.png",
                        named ? "recordedAt" : null));
                cases.add(multipart(endpoint, "返回日期在今天之后", user, path, Map.of("step", "Task_X", "kind", "photo",
                        "focus", "scene", "returnedAt", "9999-12-31", "reason", "核对"), "a.png",
                        named ? "returnedAt" : null));
                cases.add(multipart(endpoint, "录制时间早于 1949 年", user, path, Map.of("step", "Task_X", "kind",
                        "photo", "focus", "scene", "recordedAt", "0001-01-01", "reason", "核对"), "a.png",
                        named ? "recordedAt" : null));
                cases.add(new Case(endpoint, "不是 multipart", user, "POST", path, "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8), null));
            }
            case "POST /api/cases/{businessKey}/evidence/raw" -> {
                cases.add(raw(endpoint, "文件名编码错误", user, path, Map.of("X-Evidence-File-Name", "bad%zzname%.png"),
                        "X-Evidence-File-Name"));
                cases.add(raw(endpoint, "地点过长", user, path, Map.of("X-Evidence-Place", "x".repeat(600)), "place"));
                cases.add(raw(endpoint, "文件名含文字方向控制字符", user, path,
                        Map.of("X-Evidence-File-Name", "photo%E2%80%AEgnp.exe"), null));
                cases.add(raw(endpoint, "不存在的时间", user, path,
                        Map.of("X-Evidence-Recorded-At", "2026-02-30T08:00:00+08:00"), "recordedAt"));
            }
            case "POST /api/cases/{businessKey}/documents/{code}/signed-copies" -> {
                cases.add(multipart(endpoint, "校验码不属于本案", user, path, Map.of("sha256", "0".repeat(64)), "a.pdf",
                        null));
                cases.add(multipart(endpoint, "文件名含文字方向控制字符", user, path, Map.of(), "scan\u202efdp.exe", null));
                cases.add(new Case(endpoint, "不是 multipart", user, "POST", path, "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8), null));
            }
            case "PUT /api/officers/{certificateNumber}/photo" -> {
                cases.add(new Case(endpoint, "空照片", user, "PUT", path, "image/png", new byte[0], null));
                cases.add(new Case(endpoint, "截断的 PNG", user, "PUT", path, "image/png",
                        java.util.Arrays.copyOf(org.zhifa.evidence.Media.png(40, 40), 16), null));
                cases.add(new Case(endpoint, "不是图片", user, "PUT", path, "image/png",
                        "<script>".getBytes(StandardCharsets.UTF_8), null));
            }
            case "POST /portal/requests" -> {
                cases.add(form(endpoint, "姓名过长", path, Map.of("agencyCode", "KMSJ", "requester", "长".repeat(300),
                        "idDocument", "530102199001011231", "contact", "13800003333", "description", "抽检结果")));
                cases.add(form(endpoint, "含控制字符", path, Map.of("agencyCode", "KMSJ", "requester", "赵\u0000某",
                        "idDocument", "530102199001011231", "contact", "13800003333", "description", "抽检结果")));
                cases.add(form(endpoint, "不接受的字段", path, Map.of("agencyCode", "KMSJ", "requester", "赵某",
                        "idDocument", "530102199001011231", "contact", "13800003333", "description", "抽检结果",
                        "processInstanceId", "x")));
            }
            case "POST /portal/results/{id}/correction" -> {
                cases.add(form(endpoint, "联系方式过长", path, Map.of("requester", "赵某", "contact", "长".repeat(300),
                        "description", "当事人姓名有误")));
                cases.add(form(endpoint, "含文字方向控制字符", path, Map.of("requester", "赵\u202e某", "contact",
                        "13800003333", "description", "当事人姓名有误")));
            }
            default -> {
                return null;
            }
        }
        return cases;
    }

    private static Case multipart(String endpoint, String kind, String user, String path, Map<String, String> fields,
            String fileName, String names) {
        String boundary = "----zhifa-bad-input";
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; "
                + "name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: image/png\r\n\r\n");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes(body.toString().getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(org.zhifa.evidence.Media.png(5, 7 + kind.length()));
        bytes.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Case(endpoint, kind, user, "POST", path, "multipart/form-data; boundary=" + boundary,
                bytes.toByteArray(), names);
    }

    private static Case raw(String endpoint, String kind, String user, String path, Map<String, String> headers,
            String names) {
        StringBuilder encoded = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(Map.of("X-Evidence-Step", "Task_X", "X-Evidence-Kind", "photo",
                "X-Evidence-Focus", "scene", "X-Evidence-File-Name", "a.png"));
        all.putAll(headers);
        all.forEach((name, value) -> encoded.append(name).append('\n').append(value).append('\n'));
        return new Case(endpoint, kind, user, "POST", path, "image/png;headers=" + encoded,
                org.zhifa.evidence.Media.png(6, 9 + kind.length()), names);
    }

    private static Case form(String endpoint, String kind, String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return new Case(endpoint, kind, null, "POST", path, "application/x-www-form-urlencoded",
                body.toString().getBytes(StandardCharsets.UTF_8), null);
    }

    // ------------------------------------------------------------------ calling and judging

    /** Who calls: someone the endpoint lets in, so that what is tested is the input, not the access rule. */
    private static String user(String endpoint) {
        if (endpoint.contains(" /api/public/") || endpoint.contains(" /portal")
                || endpoint.equals("GET /api/applications/{number}/status")) {
            return null;
        }
        if (endpoint.equals("POST /api/applications")) {
            return "wuyi";
        }
        return "admin";
    }

    private static String placeholders(String pattern) {
        return pattern.replace("{businessKey}", "ZF-BAD-INPUT").replace("{id}", "999999")
                .replace("{releaseId}", "999999").replace("{code}", "KMSJ").replace("{certificateNumber}", "53019990000")
                .replace("{agency}", "KMSJ").replace("{section}", "powers").replace("{key}", "BAD-1")
                .replace("{year}", "2001").replace("{sha256}", "0".repeat(64)).replace("{number}", "SQ-1999-000001")
                .replace("{reference}", "999999999").replace("{name}", "penalty-decision").replace("{version}", "1");
    }

    private HttpResponse<String> send(Case c) throws Exception {
        String contentType = c.contentType();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + http.port() + c.path()))
                .header("Accept", c.path().startsWith("/portal") ? "text/html" : "application/json, */*;q=0.1");
        if (contentType != null && contentType.startsWith("image/png;headers=")) {
            String[] lines = contentType.substring("image/png;headers=".length()).split("\n");
            for (int i = 0; i + 1 < lines.length; i += 2) {
                request.header(lines[i], lines[i + 1]);
            }
            contentType = "image/png";
        }
        if (c.user() != null) {
            request.header("Authorization", Http.basic(c.user()));
        }
        if (c.body() != null) {
            request.header("Content-Type", contentType);
            request.method(c.method(), HttpRequest.BodyPublishers.ofByteArray(c.body()));
        } else {
            request.method(c.method(), HttpRequest.BodyPublishers.noBody());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What is wrong with the answer to a bad request, or null. */
    private static String problem(Case c, HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status < 400 || status >= 500 || status == 401 || status == 403) {
            return "应为 4xx 拒绝（不是 401/403/5xx）";
        }
        String body = answer.body();
        if (!CHINESE.matcher(body).find()) {
            return "拒绝不是中文";
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                return "拒绝中含有 " + leak;
            }
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (c.path().startsWith("/portal") ? !type.startsWith("text/html") : !type.contains("json")) {
            return "内容类型 " + type;
        }
        if (c.names() != null && status == 400 && !body.contains(c.names())) {
            return "没有指出 " + c.names();
        }
        if (c.names() != null && status != 400 && status != 413) {
            return "应为 400（" + c.names() + "）";
        }
        return null;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("numbers", jdbc.queryForObject("select coalesce(sum(last_number), 0) from numbering", Long.class));
        counts.put("processes", jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class));
        return counts;
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        Set<String> names = new TreeSet<>();
        before.forEach((name, count) -> {
            if (!count.equals(after.get(name))) {
                names.add(name + " " + count + "→" + after.get(name));
            }
        });
        return String.join(", ", names);
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
