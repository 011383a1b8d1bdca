package org.zhifa.evidence;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.minio.MinioClient;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StorageConfiguration {

    @Bean(destroyMethod = "destroy")
    @ConditionalOnProperty(name = "zhifa.storage.embedded", havingValue = "true", matchIfMissing = true)
    EmbeddedS3Server embeddedS3Server(StorageSettings settings) throws Exception {
        return new EmbeddedS3Server(settings);
    }

    @Bean
    ObjectStorage objectStorage(StorageSettings settings, EvidenceSettings evidence,
            ObjectProvider<EmbeddedS3Server> embedded, Environment environment) throws Exception {
        EmbeddedS3Server server = embedded.getIfAvailable();
        String endpoint = server != null ? server.endpoint() : settings.endpoint();
        if (endpoint == null || endpoint.isBlank()) {
            throw new IllegalStateException("未配置对象存储地址：请设置 ZHIFA_S3_ENDPOINT（zhifa.storage.endpoint）");
        }
        MinioClient client = MinioClient.builder().endpoint(endpoint)
                .credentials(server != null ? server.credentials().accessKey() : settings.accessKey(),
                        server != null ? server.credentials().secretKey() : settings.secretKey())
                .build();
        ObjectStorage storage = new ObjectStorage(client, settings.bucket(), endpoint, evidence.retentionYears());
        storage.open(server == null, environment.matchesProfiles("prod"));
        return storage;
    }
}
