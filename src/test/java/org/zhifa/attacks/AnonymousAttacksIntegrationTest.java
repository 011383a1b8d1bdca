package org.zhifa.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zhifa.testing.Http;
import org.zhifa.testing.ZhifaIntegrationTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 11, rows 11 and 12 and point 9, tried as an anonymous stranger would: guessing query codes, locking staff out
 * with wrong passwords, paging past the end, claiming another address. The stranger's requests come from
 * 127.0.0.2 (its own socket), the owner's from 127.0.0.1, so the two are the different client addresses they are.
 */
@ZhifaIntegrationTest
class AnonymousAttacksIntegrationTest {

    @Autowired
    Http http;
    @Autowired
    IdentityService identityService;

    @Test
    void row11_applicationQueryCodesCannotBeGuessedBeyondAFewTries() {
        JsonNode receipt = http.post("wangting", "/api/applications", Map.of("serviceItemCode", "SPJY-XB", "applicant",
                Map.of("type", "organisation", "name", "昆明某商贸有限公司", "idNumber", "91530102MA6N12345F", "phone",
                        "0871-66668888"), "materials", List.of("application-form"))).getBody();
        String number = receipt.get("applicationNumber").asText();
        int refused = 0;
        int notFound = 0;
        for (int code = 0; code < 300; code++) {
            HttpStatus status = HttpStatus.valueOf(http.get(null, "/api/applications/{n}/status?code={c}", number,
                    String.format("%06d", code)).getStatusCode().value());
            if (status == HttpStatus.TOO_MANY_REQUESTS) {
                refused++;
            } else if (status == HttpStatus.NOT_FOUND) {
                notFound++;
            }
        }
        assertThat(notFound).as("wrong codes answered before the pause").isLessThanOrEqualTo(5);
        assertThat(refused).isGreaterThanOrEqualTo(295);
        assertThat(http.get(null, "/api/applications/{n}/status?code={c}", number,
                receipt.get("verificationCode").asText()).getStatusCode())
                .as("the number is paused for everyone who guesses, including the right code from here")
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void row12_wrongPasswordsSlowDownTheirAddressAndNeverLockTheAccount() throws IOException {
        String id = "lockout" + System.nanoTime() % 100000;
        User user = identityService.newUser(id);
        user.setFirstName("锁定测试");
        user.setPassword("right-password");
        identityService.saveUser(user);
        identityService.createMembership(id, "handler");

        int tooMany = 0;
        for (int i = 0; i < 30; i++) {
            int status = rawGet("127.0.0.2", "/api/me", Http.basic(id, "wrong-" + i));
            if (status == 429) {
                tooMany++;
            } else {
                assertThat(status).isEqualTo(401);
            }
        }
        assertThat(tooMany).as("after a few failures the stranger's address waits").isGreaterThan(20);
        assertThat(rawGet("127.0.0.2", "/engine-rest/process-definition", Http.basic(id, "right-password")))
                .as("the address waits whatever account it tries").isEqualTo(429);

        ResponseEntity<JsonNode> owner = http.getWithHeader("/api/me", "Authorization", Http.basic(id, "right-password"));
        assertThat(owner.getStatusCode()).as("the owner, from another address, at the same moment").isEqualTo(HttpStatus.OK);
        assertThat(http.getWithHeader("/engine-rest/process-definition", "Authorization",
                Http.basic(id, "right-password")).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(identityService.checkPassword(id, "right-password")).as("the engine locked nothing").isTrue();
    }

    @Test
    void point9_pagingOutOfRangeIsABadRequestNamingTheParameter() {
        ResponseEntity<String> portal = http.getText(null, "/portal/results?page=2147483647");
        assertThat(portal.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(portal.getBody()).contains("页码");
        ResponseEntity<JsonNode> api = http.get(null, "/api/public/results?page=21474837&size=100");
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.getBody().get("detail").asText()).contains("page");
        ResponseEntity<JsonNode> size = http.get(null, "/api/public/results?size=1000");
        assertThat(size.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(size.getBody().get("detail").asText()).contains("size");
        assertThat(http.get(null, "/api/public/results?page=-1").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void point9_aForwardedForHeaderFromAnUnconfiguredProxyChangesNobodysAddress() {
        JsonNode receipt = http.post(null, "/api/public/information-requests", Map.of("agencyCode", "KMSJ",
                "requester", "申请人", "idDocument", "身份证", "contact", "13800000000", "description", "申请公开 2025 年处罚决定",
                "delivery", "electronic")).getBody();
        String number = receipt.get("reference").asText();
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            ResponseEntity<JsonNode> answer = http.getWithHeader("/api/public/information-requests/" + number
                    + "?code=00000" + (i % 10), "X-Forwarded-For", "10.0.0." + i);
            if (answer.getStatusCode() == HttpStatus.TOO_MANY_REQUESTS) {
                refused++;
            }
        }
        assertThat(refused).as("each spoofed address would have started afresh").isGreaterThanOrEqualTo(6);
    }

    /** A GET from a socket bound to the given local address, as a client on another machine would send it. */
    private int rawGet(String from, String path, String authorization) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", http.port()), 5000);
            socket.setSoTimeout(10000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
