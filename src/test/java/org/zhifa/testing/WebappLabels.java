package org.zhifa.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The English labels of a Camunda webapp (its own {@code en.json} in the webjar), to find any left on a page. */
public final class WebappLabels {

    private static final Pattern PHRASE = Pattern.compile("(?<![A-Za-z0-9/._-])[A-Za-z]{2,}(?:[ ']+[A-Za-z]{2,})+"
            + "(?![A-Za-z0-9/._-])");
    private static final Set<String> PRODUCT_NAMES = Set.of("Camunda Platform");

    private WebappLabels() {
    }

    /** The labels of the app's {@code en.json} on the page's text, as a user could recognise them as English. */
    public static List<String> englishOn(String app, String shown) {
        List<String> english = new ArrayList<>();
        for (String label : english(app)) {
            // a word inside a code (the key officer-initiated-case, an id) is no English
            if (Pattern.compile("(?<![A-Za-z0-9_:.-])" + Pattern.quote(label) + "(?![A-Za-z0-9_:-])").matcher(shown)
                    .find()) {
                english.add(label);
            }
        }
        return english;
    }

    /**
     * Runs of two or more English words on the page (a message of a library without translation files, such as
     * form-js); the product's name in the footer is no English.
     */
    public static List<String> englishPhrases(String shown) {
        List<String> phrases = new ArrayList<>();
        Matcher matcher = PHRASE.matcher(shown);
        while (matcher.find()) {
            if (!PRODUCT_NAMES.contains(matcher.group())) {
                phrases.add(matcher.group());
            }
        }
        return phrases;
    }

    /** Whole labels of at least one real word; product names and codes are no English. */
    public static Set<String> english(String app) {
        try (InputStream in = WebappLabels.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            JsonNode labels = new ObjectMapper().readTree(text).path("labels");
            Set<String> words = new TreeSet<>();
            labels.forEach(label -> {
                String value = label.asText().replaceAll("<[^>]+>", " ").replaceAll("\\{\\{.*?\\}\\}", " ").strip();
                if (value.matches(".*[a-z]{3,}.*") && !value.contains("Camunda") && value.length() <= 80) {
                    words.add(value);
                }
            });
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
