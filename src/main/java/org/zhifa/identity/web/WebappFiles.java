package org.zhifa.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.shared.NotFound;

/**
 * The files the server adds to the webapps ({@code app/zhifa/webapp.js}, its stylesheet and logo, and Cockpit's
 * {@code case-record.js}), served under a
 * path named by their content, so that a browser keeps them as long as they are the same and never mixes an old
 * script with a new server (Camunda's own {@code ?bust=} is its version, not ours).
 */
@RestController
class WebappFiles {

    private static final String FOLDER = "META-INF/resources/webjars/camunda/app/zhifa/";
    private static final Map<String, String> FILES = Map.of("webapp.js", "text/javascript;charset=UTF-8",
            "case-record.js", "text/javascript;charset=UTF-8", "webapp.css", "text/css;charset=UTF-8",
            "logo.svg", "image/svg+xml");

    private final String version;

    WebappFiles() throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String name : new java.util.TreeSet<>(FILES.keySet())) {
            try (InputStream in = new ClassPathResource(FOLDER + name).getInputStream()) {
                digest.update(in.readAllBytes());
            }
        }
        version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /** What names this set of files: the path segment {@code config.js} points the webapps to. */
    String version() {
        return version;
    }

    @GetMapping("${camunda.bpm.webapp.application-path:/camunda}/app/zhifa/{version}/{name}")
    ResponseEntity<Resource> file(@PathVariable String version, @PathVariable String name) {
        String type = FILES.get(name);
        if (type == null || !this.version.equals(version)) {
            throw new NotFound("没有文件 " + name);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .contentType(MediaType.parseMediaType(type)).body(new ClassPathResource(FOLDER + name));
    }
}
