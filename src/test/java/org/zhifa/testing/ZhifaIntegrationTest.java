package org.zhifa.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.zhifa.ZhifaApplication;

/**
 * The whole server on a random port, against H2 or, when the failsafe execution activates profile mysql-test, the
 * MySQL-protocol server. Every integration test uses this one configuration, so they share one running server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ZhifaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Http.class)
public @interface ZhifaIntegrationTest {
}
