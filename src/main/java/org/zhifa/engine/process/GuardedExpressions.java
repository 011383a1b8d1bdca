package org.zhifa.engine.process;

import java.util.AbstractMap;
import java.util.Set;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * Expressions in models as they run: they reach the named process beans ({@code zhifa.models.beans}) and the case's
 * variables, nothing else of the server — and never, by any path, the engine behind a step, a data source, a class
 * loader or reflection. The same rules are checked when a model is deployed ({@link ModelRulesDeployer}); this is
 * what holds if a model slipped past.
 */
final class GuardedExpressions extends SpringExpressionManager {

    private static final Set<String> FORBIDDEN = Set.of("processEngine", "getProcessEngine", "processEngineServices",
            "getProcessEngineServices", "processEngineConfiguration", "getProcessEngineConfiguration", "class",
            "getClass", "classLoader", "getClassLoader", "forName", "newInstance", "invoke", "getMethod",
            "getDeclaredMethod", "exec", "applicationContext", "getApplicationContext", "dataSource", "getDataSource");

    GuardedExpressions(ApplicationContext context, Set<String> beans) {
        super(context, new ProcessBeans(context, beans));
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new Guard());
        resolver.add(super.createElResolver());
        return resolver;
    }

    /** The allowed beans, looked up when an expression first names one (they may not exist yet when the engine starts). */
    private static final class ProcessBeans extends AbstractMap<Object, Object> {

        private final ApplicationContext context;
        private final Set<String> names;

        ProcessBeans(ApplicationContext context, Set<String> names) {
            this.context = context;
            this.names = Set.copyOf(names);
        }

        @Override
        public boolean containsKey(Object key) {
            return names.contains(key);
        }

        @Override
        public Object get(Object key) {
            return names.contains(key) ? context.getBean((String) key) : null;
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            throw new UnsupportedOperationException("process beans are looked up by name");
        }
    }

    /** Refuses, before any other resolver, the members and objects that lead out of a step. */
    private static final class Guard extends ELResolver {

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            check(base, property);
            return null;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            check(base, method);
            return null;
        }

        private static void check(Object base, Object member) {
            if (base == null) {
                return;
            }
            if (base instanceof ProcessEngine || base instanceof ProcessEngineServices
                    || base instanceof ProcessEngineConfiguration || base instanceof DataSource
                    || base instanceof ClassLoader || base instanceof Class<?> || base instanceof ApplicationContext
                    || (member != null && FORBIDDEN.contains(member.toString()))) {
                throw new ProcessEngineException("模型的表达式不能访问 " + member + "（流程引擎、数据源和 Java 反射不对模型开放）");
            }
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            check(base, property);
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            check(base, property);
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return false;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }

        @Override
        public java.util.Iterator<java.beans.FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }
    }
}
