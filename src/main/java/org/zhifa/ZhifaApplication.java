package org.zhifa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Zhifa (执法): enforcement process server. Cases run as BPMN processes on the embedded Camunda 7 engine, every step
 * lands in a hash-chained full-process record, evidence goes to S3-compatible object storage, results are disclosed
 * on working-day deadlines.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ZhifaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZhifaApplication.class, args);
    }
}
