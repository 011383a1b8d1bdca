package org.zhifa.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Headless Chromium (the Debian {@code chromium} package, which {@code .ci/run} installs) on one page. */
public final class Chromium {

    private Chromium() {
    }

    /**
     * Runs Chromium on the page and returns what it printed (the DOM for {@code --dump-dom}).
     *
     * @param option an extra switch, such as {@code --virtual-time-budget=15000} to let the page's scripts run, or null
     */
    public static String run(String option, String what, String url) throws IOException, InterruptedException {
        String binary = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream()
                .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElseThrow(() -> new AssertionError(
                        "Chromium is needed for this test: apt-get install chromium (.ci/run does)"));
        Path profile = Files.createTempDirectory("zhifa-chromium");
        List<String> command = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--lang=zh-CN", "--window-size=1280,900",
                "--user-data-dir=" + profile));
        if (option != null) {
            command.add(option);
        }
        command.addAll(List.of(what, url));
        // the output goes to a file: a page that never settles must not block the test on a pipe
        Path out = Files.createTempFile("zhifa-chromium", ".out");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(out.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish on " + url);
        }
        assertThat(process.exitValue()).as("Chromium on " + url).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
