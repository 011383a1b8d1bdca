package org.zhifa.engine.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;
import org.zhifa.engine.StartFormChoices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves start forms with the choices the server keeps ({@link StartFormChoices}): a field whose {@code valuesKey}
 * names one gets them as its static {@code values}, for Tasklist (which reads no variables for a start form) and for
 * every other client of {@code …/process-definition/…/deployed-start-form}, on the engine REST API and the webapps' own.
 */
@Component
class StartFormChoicesFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, StartFormChoices> choices;

    StartFormChoicesFilter(List<StartFormChoices> choices) {
        this.choices = choices.stream().collect(Collectors.toMap(StartFormChoices::valuesKey, Function.identity()));
    }

    /** Reads the path as the REST resources match it: decoded, without {@code ;jsessionid=…} and the like. */
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        String path = PATHS.getPathWithinApplication(request);
        return !path.replaceAll("/+$", "").endsWith("/deployed-start-form");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && body.length > 0) {
            byte[] filled = fill(body);
            if (filled != null) {
                wrapper.resetBuffer();
                wrapper.getOutputStream().write(filled);
            }
        }
        wrapper.copyBodyToResponse();
    }

    /** The form with the server's choices, or null if it names none (or is not a form-js form). */
    byte[] fill(byte[] body) {
        JsonNode form;
        try {
            form = JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
        if (form == null || !form.path("components").isArray() || !fill(form.path("components"))) {
            return null;
        }
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    private boolean fill(JsonNode components) {
        boolean filled = false;
        for (JsonNode component : components) {
            if (component.path("components").isArray()) {
                filled |= fill(component.path("components"));
            }
            StartFormChoices source = choices.get(component.path("valuesKey").asText(""));
            if (source != null && component instanceof ObjectNode field) {
                ArrayNode values = field.putArray("values");
                source.choices().forEach((value, label) -> values.addObject().put("label", label).put("value", value));
                field.remove("valuesKey");
                filled = true;
            }
        }
        return filled;
    }
}
