package org.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * The checkpoints' RFC 3161 client against a real time-stamp authority, run here with BouncyCastle's own TSA
 * implementation over HTTP: the token it returns covers the checkpoint's hash and verifies with the TSA's certificate.
 */
class TimeStampsTest {

    private HttpServer server;
    private X509Certificate certificate;

    @BeforeEach
    void startAuthority() throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        X500Name name = new X500Name("CN=测试时间戳服务");
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.ONE, new Date(System.currentTimeMillis() - 60_000),
                new Date(System.currentTimeMillis() + 3_600_000), name, keys.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        certificate = new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        var digests = new JcaDigestCalculatorProviderBuilder().build();
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", keys.getPrivate(), certificate), digests.get(
                        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(certificate)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tsa", exchange -> {
            try {
                TimeStampRequest request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
                byte[] answer = responses.generate(request, BigInteger.valueOf(System.nanoTime()), new Date()).getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aCheckpointIsStampedByTheAuthorityAndTheTokenCoversItsHash() throws Exception {
        byte[] checkpoint = "{\"root\":\"abc\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String token = new TimeStamps(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa"))
                .stamp(checkpoint);

        assertThat(token).isNotNull();
        TimeStampToken parsed = new TimeStampToken(new org.bouncycastle.cms.CMSSignedData(Base64.getDecoder().decode(token)));
        assertThat(parsed.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(checkpoint));
        parsed.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
    }

    @Test
    void withoutAnAuthorityOrWhenItFailsACheckpointIsSignedOnly() {
        assertThat(new TimeStamps(null).stamp(new byte[] { 1 })).isNull();
        assertThat(new TimeStamps(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/nothing"))
                .stamp(new byte[] { 1 })).isNull();
    }
}
