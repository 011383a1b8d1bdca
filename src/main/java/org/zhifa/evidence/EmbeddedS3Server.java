package org.zhifa.evidence;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * An S3-compatible server (S3Proxy) inside the JVM on 127.0.0.1, so that a first run and the tests need no other
 * software and still go through the same MinIO SDK calls as production. Its filesystem store keeps objects across
 * restarts; it has no object lock, which the storage health reports. Its keys are this installation's own
 * ({@link EmbeddedCredentials}).
 */
class EmbeddedS3Server implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedS3Server.class);

    private final S3Proxy proxy;
    private final String endpoint;
    private final EmbeddedCredentials credentials;

    EmbeddedS3Server(StorageSettings settings) throws Exception {
        this.credentials = EmbeddedCredentials.of(settings);
        BlobStore store;
        if (settings.embeddedTransient()) {
            store = new TransientNio2BlobStore();
        } else {
            try {
                Files.createDirectories(settings.embeddedDir());
            } catch (IOException e) {
                throw new IllegalStateException("无法创建对象存储目录 " + settings.embeddedDir() + "：" + e.getMessage(), e);
            }
            store = new FilesystemNio2BlobStore(settings.embeddedDir().toAbsolutePath().toString());
        }
        this.proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, credentials.accessKey(), credentials.secretKey())
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        this.endpoint = "http://127.0.0.1:" + proxy.getPort();
        log.info("内置对象存储已启动：{}（{}）", endpoint,
                settings.embeddedTransient() ? "内存" : settings.embeddedDir().toAbsolutePath());
    }

    String endpoint() {
        return endpoint;
    }

    EmbeddedCredentials credentials() {
        return credentials;
    }

    @Override
    public void destroy() throws Exception {
        proxy.stop();
    }
}
