package org.zhifa.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.calendar.TimeSettings;
import org.zhifa.shared.NotFound;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Each webapp's {@code scripts/config.js} (an ES module the webapp imports before it starts), written by the server so
 * that the webapps are the product's: Chinese first (English stays available), the product's name and the agency's in
 * the header and the browser title instead of the vendor's, dates and times in {@code zhifa.time-zone} whatever zone
 * the browser's machine has. The webapps' Chinese texts are {@code locales/zh.json} beside their English ones; what
 * the settings cannot say (the header, the time zone, word order) {@code app/zhifa/webapp.js} adds to every webapp.
 */
@RestController
class WebappConfig {

    /** The webapps, with their names in the header and the browser title. */
    private static final Map<String, String> APPS = Map.of("tasklist", "任务列表", "cockpit", "监控中心", "admin",
            "系统管理", "welcome", "欢迎");
    private static final String MOMENT_TIMEZONE = "META-INF/maven/org.webjars.npm/moment-timezone/pom.properties";

    private final WebappSettings settings;
    private final ZoneId zone;
    private final ObjectMapper json = new ObjectMapper();
    private final String momentTimezoneVersion;
    private final String applicationPath;
    private final WebappFiles files;

    WebappConfig(WebappSettings settings, TimeSettings time, WebappFiles files,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) throws IOException {
        this.settings = settings;
        this.files = files;
        this.applicationPath = applicationPath;
        this.zone = time.timeZone();
        Properties webjar = new Properties();
        try (InputStream in = WebappConfig.class.getClassLoader().getResourceAsStream(MOMENT_TIMEZONE)) {
            if (in == null) {
                throw new IllegalStateException("the moment-timezone webjar is missing: " + MOMENT_TIMEZONE);
            }
            webjar.load(in);
        }
        this.momentTimezoneVersion = webjar.getProperty("version");
    }

    @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/{app}/scripts/config.js",
            produces = "text/javascript;charset=UTF-8")
    ResponseEntity<String> config(@PathVariable String app, HttpServletRequest request) throws JsonProcessingException {
        String name = APPS.get(app);
        if (name == null) {
            throw new NotFound("没有名为 " + app + " 的应用");
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("app", Map.of("name", name, "vendor", settings.product()));
        config.put("locales", Map.of("availableLocales", List.of("zh", "en"), "fallbackLocale", "zh"));
        config.put("dateFormat", Map.of("normal", "LLL", "long", "LLLL"));
        String scripts = "../zhifa/" + files.version() + "/";
        // Cockpit's plugins: the full-process record of a case, by business key and on a process instance's page
        config.put("customScripts", "cockpit".equals(app) ? List.of(scripts + "webapp", scripts + "case-record")
                : List.of(scripts + "webapp"));
        config.put("requireJsConfig", Map.of("ngDeps", List.of("zhifa.webapp"), "deps", List.of()));
        config.put("disableWelcomeMessage", true);
        Map<String, Object> zhifa = new LinkedHashMap<>();
        zhifa.put("product", settings.product());
        zhifa.put("subtitle", settings.subtitle());
        zhifa.put("agency", settings.agency());
        zhifa.put("timeZone", zone.getId());
        zhifa.put("api", request.getContextPath() + "/api");
        zhifa.put("timeZoneName", TimeZone.getTimeZone(zone).getDisplayName(false, TimeZone.LONG, Locale.CHINA)
                + "（" + zone.getId() + "）");
        // under the webapps' own path, so that a proxy forwarding only that path forwards it too
        zhifa.put("momentTimezone", request.getContextPath() + applicationPath + "/app/zhifa/lib/moment-timezone-"
                + momentTimezoneVersion + ".js");
        config.put("zhifa", zhifa);
        if ("tasklist".equals(app)) {
            config.put("shortcuts", Map.of(
                    "claimTask", shortcut("ctrl+alt+c", "认领当前选中的任务"),
                    "focusFilter", shortcut("ctrl+shift+f", "转到第一个过滤器"),
                    "focusList", shortcut("ctrl+alt+l", "转到任务列表的第一个任务"),
                    "focusForm", shortcut("ctrl+alt+f", "转到任务表单的第一个输入项"),
                    "startProcess", shortcut("ctrl+alt+p", "打开“启动流程”对话框")));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(
                MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .body("// written by the server from zhifa.webapps and zhifa.time-zone\nexport default "
                        + json.writerWithDefaultPrettyPrinter().writeValueAsString(config) + ";\n");
    }

    /** moment-timezone with the zones' data, from its webjar, named by its version (cached for a year). */
    @GetMapping(path = "${camunda.bpm.webapp.application-path:/camunda}/app/zhifa/lib/moment-timezone-{version}.js",
            produces = "text/javascript;charset=UTF-8")
    ResponseEntity<Resource> momentTimezone(@PathVariable String version) {
        if (!momentTimezoneVersion.equals(version)) {
            throw new NotFound("没有 moment-timezone " + version);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .body(new ClassPathResource("META-INF/resources/webjars/moment-timezone/" + momentTimezoneVersion
                        + "/builds/moment-timezone-with-data-1970-2030.min.js"));
    }

    private static Map<String, String> shortcut(String key, String description) {
        return Map.of("key", key, "description", description);
    }
}
