package org.zhifa.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.zhifa.ZhifaApplication;

/**
 * The whole server on a random port, against H2 or, when the failsafe execution activates profile mysql-test, the
 * MySQL-protocol server, with metrics exported as in production. Every integration test uses this one configuration,
 * so they share one running server (two engines named default in one JVM would share static engine registries).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability
@SpringBootTest(classes = ZhifaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Http.class)
public @interface ZhifaIntegrationTest {
}
