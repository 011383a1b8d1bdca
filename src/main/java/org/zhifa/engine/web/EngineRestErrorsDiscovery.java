package org.zhifa.engine.web;

import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Adds the server's answers for refused requests ({@link EngineRestErrors}) to every JAX-RS application of the
 * engine: {@code /engine-rest} and the webapps' own {@code /camunda/api/engine}, which Tasklist and Cockpit call and
 * which would otherwise show a user "Cannot submit task form …" before the server's Chinese message. Found by Jersey
 * through {@code META-INF/services}, since the webapps' applications are not Spring's to customise.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(ForcedAutoDiscoverable.DEFAULT_PRIORITY)
public final class EngineRestErrorsDiscovery implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        for (Class<?> mapper : new Class<?>[] { EngineRestErrors.Wrapped.class, EngineRestErrors.Engine.class,
                EngineRestErrors.Other.class }) {
            if (!context.getConfiguration().isRegistered(mapper)) {
                context.register(mapper);
            }
        }
    }
}
