package org.zhifa.testing;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Calls the running server over HTTP as a given user, the way Tasklist, Camunda Modeler and API clients do. Never
 * throws on an HTTP status: tests assert on it.
 */
@TestComponent
@Lazy
public class Http {

    /** Demo passwords from config/application-demo.yaml. */
    private static final Map<String, String> PASSWORDS = Map.of("admin", "admin");

    private final RestClient client;
    private final int port;

    public Http(@LocalServerPort int port) {
        this.port = port;
        // the JDK client keeps no cookies: every call is exactly the user's own credentials, nothing left from the last
        this.client = RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory(HttpClient.newHttpClient()))
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String basic(String user) {
        return basic(user, PASSWORDS.getOrDefault(user, "demo"));
    }

    /** GET a path; {@code {}} placeholders take the variables, encoded (business keys may hold any character). */
    public ResponseEntity<JsonNode> get(String user, String path, Object... uriVariables) {
        var request = client.get().uri(path, uriVariables);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.retrieve().toEntity(JsonNode.class);
    }

    public ResponseEntity<String> getText(String user, String path) {
        var request = client.get().uri(path);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.retrieve().toEntity(String.class);
    }

    /**
     * A case document as text: a PDF's text in reading order (PDFBox), an OFD's as ofdrw reads it, anything else as
     * it is.
     */
    public ResponseEntity<String> getDocumentText(String user, String path) {
        ResponseEntity<byte[]> response = download(user, path);
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody();
        String text;
        if (body.length > 4 && new String(body, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            text = PdfText.of(body);
        } else if (response.getHeaders().getContentType() != null
                && response.getHeaders().getContentType().toString().equals("application/ofd")) {
            try {
                text = OfdText.of(body);
            } catch (Exception e) {
                throw new AssertionError("the OFD document does not open", e);
            }
        } else {
            text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
        return new ResponseEntity<>(text, response.getHeaders(), response.getStatusCode());
    }

    public ResponseEntity<JsonNode> getWithHeader(String path, String header, String value) {
        return client.get().uri(path).header(header, value).retrieve().toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> post(String user, String path, Object body) {
        var request = client.post().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return (body == null ? request : request.body(body)).retrieve().toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> put(String user, String path, Object body) {
        var request = client.put().uri(path).contentType(MediaType.APPLICATION_JSON);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.body(body).retrieve().toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> putBytes(String user, String path, String contentType, byte[] body) {
        var request = client.put().uri(path).contentType(MediaType.parseMediaType(contentType));
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.body(body).retrieve().toEntity(JsonNode.class);
    }

    /** A form as a browser posts it (application/x-www-form-urlencoded), without login; the answer as text. */
    public ResponseEntity<String> postForm(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve()
                .toEntity(String.class);
    }

    public ResponseEntity<JsonNode> delete(String user, String path) {
        return client.delete().uri(path).header(HttpHeaders.AUTHORIZATION, basic(user)).retrieve()
                .toEntity(JsonNode.class);
    }

    /** A multipart deployment, as Camunda Modeler sends it to {@code /engine-rest/deployment/create}. */
    public ResponseEntity<JsonNode> deploy(String user, String name, String fileName, byte[] model) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", name);
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("enable-duplicate-filtering", "true");
        parts.add(fileName, new org.springframework.core.io.ByteArrayResource(model) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return client.post().uri("/engine-rest/deployment/create").header(HttpHeaders.AUTHORIZATION, basic(user))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toEntity(JsonNode.class);
    }

    /** A streamed multipart upload: the fields first, then the file part. */
    public ResponseEntity<JsonNode> upload(String user, String path, Map<String, String> fields, String fileName,
            String contentType, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        fields.forEach(parts::add);
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.parseMediaType(contentType));
        fileHeaders.setContentDisposition(org.springframework.http.ContentDisposition.formData().name("file")
                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build());
        parts.add("file", new org.springframework.http.HttpEntity<>(content, fileHeaders));
        var request = client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.body(parts).retrieve().toEntity(JsonNode.class);
    }

    /** A body-only upload, as a docking station sends it, metadata in headers. */
    public ResponseEntity<JsonNode> uploadRaw(String user, String path, Map<String, String> headers, byte[] content) {
        var request = client.post().uri(path).contentType(MediaType.APPLICATION_OCTET_STREAM);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        headers.forEach(request::header);
        return request.body(content).retrieve().toEntity(JsonNode.class);
    }

    public ResponseEntity<byte[]> download(String user, String path) {
        var request = client.get().uri(path);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.retrieve().toEntity(byte[].class);
    }

    public int port() {
        return port;
    }

    /** Camunda REST variables: {@code {"name": {"value": ...}}}. */
    public static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], Map.of("value", namesAndValues[i + 1]));
        }
        return variables;
    }

    public static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
}
