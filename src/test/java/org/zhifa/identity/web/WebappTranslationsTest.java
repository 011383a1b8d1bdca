package org.zhifa.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 14, point 1: each webapp's Chinese texts ({@code locales/zh.json}) against the English ones of the Camunda
 * webjar on the classpath: every label key there, the same placeholders and HTML, nothing left in English but
 * product names and codes, and the Chinese date formats.
 */
class WebappTranslationsTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    /** {@code {{ name }}}, {@code %s}, {@code %d}, {@code {0}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?\\}\\}|%[sd]|\\{\\d+\\}");
    /** HTML elements and entities (not text in angle brackets such as {@code <version>}). */
    private static final Pattern HTML = Pattern.compile(
            "</?(?:a|b|br|code|div|em|i|li|ol|p|pre|small|span|strong|u|ul)(?:\\s[^>]*)?/?>|&[a-z]+;|&#\\d+;");
    /** Values that stay as they are in Chinese: names of products and formats, symbols, code. */
    private static final Set<String> KEPT = Set.of("", "ID", "ID*", "CSV", "JSON", "Optimize", "requestPayload", "<",
            "<=", ">", ">=");

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
    void everyEnglishLabelHasAChineseOneWithTheSamePlaceholdersAndMarkup(String app) throws IOException {
        JsonNode en = read(APP + app + "/locales/en.json").path("labels");
        JsonNode zh = read(APP + app + "/locales/zh.json").path("labels");
        assertThat(en.size()).as("the webjar's English labels").isGreaterThan(150);
        List<String> wrong = new ArrayList<>();
        Map<String, String> english = new TreeMap<>();
        en.fields().forEachRemaining(field -> english.put(field.getKey(), field.getValue().asText()));
        english.forEach((key, text) -> {
            JsonNode chinese = zh.get(key);
            if (chinese == null || !chinese.isTextual()) {
                wrong.add(key + ": missing");
                return;
            }
            String value = chinese.asText();
            if (!sorted(PLACEHOLDER, text).equals(sorted(PLACEHOLDER, value))) {
                wrong.add(key + ": placeholders " + sorted(PLACEHOLDER, text) + " → " + sorted(PLACEHOLDER, value));
            }
            if (!sorted(HTML, text).equals(sorted(HTML, value))) {
                wrong.add(key + ": markup " + sorted(HTML, text) + " → " + sorted(HTML, value));
            }
            if (value.equals(text) && !KEPT.contains(text.strip())) {
                wrong.add(key + ": still English “" + text + "”");
            }
            // English words left in a value without any Chinese (a symbol such as " / " for " out of " is fine)
            if (!value.matches("(?s).*[\\u4e00-\\u9fff].*") && !KEPT.contains(value.strip())
                    && PLACEHOLDER.matcher(value).replaceAll("").matches("(?s).*[A-Za-z]{3,}.*")) {
                wrong.add(key + ": no Chinese in “" + value + "”");
            }
        });
        zh.fieldNames().forEachRemaining(key -> {
            if (!en.has(key)) {
                wrong.add(key + ": not a key of the webjar");
            }
        });
        assertThat(wrong).as(app + " zh.json against the webjar's en.json").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "tasklist", "cockpit", "admin" })
    void datesAreInChineseFormats(String app) throws IOException {
        JsonNode en = read(APP + app + "/locales/en.json").path("dateLocales");
        JsonNode zh = read(APP + app + "/locales/zh.json").path("dateLocales");
        en.fieldNames().forEachRemaining(key -> assertThat(zh.has(key)).as(key).isTrue());
        assertThat(zh.path("longDateFormat").path("LL").asText()).isEqualTo("YYYY年M月D日");
        assertThat(zh.path("relativeTime").path("future").asText()).isEqualTo("%s后");
        assertThat(zh.path("relativeTime").path("dd").asText()).isEqualTo("%d 天");
        assertThat(zh.path("months").get(0).asText()).isEqualTo("一月");
        assertThat(zh.path("weekdays").size()).isEqualTo(7);
    }

    private static List<String> sorted(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replaceAll("\\s+", " "));
        }
        found.sort(null);
        return found;
    }

    private static JsonNode read(String resource) throws IOException {
        // the webjar's files begin with a byte-order mark
        try (InputStream in = WebappTranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }
}
